from templates._common import money, number

LANG = "es"
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]


def date_num(d):
    return d.strftime("%d/%m/%Y")


def date_words(d):
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def price(x):
    return money(x, ",", ".") + " €" if int(x) % 3 else "$" + money(x, ".", ",")


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Hola, por favor envíen el presupuesto a {v}, ya no uso el correo anterior."),
        ("support ticket", "La clienta pide que le respondan por correo a {v}, no contesta el teléfono."),
        ("chat", "mándame las fotos a {v} que el WhatsApp no me va"),
        ("product review", "El vendedor no responde. Si alguien tiene el mismo problema, escribidme a {v}."),
    ],
    "phone": [
        ("contact form", "¿Me pueden llamar al {v}? Estoy disponible por las mañanas."),
        ("order note", "Repartidor: llame al {vi} al llegar, el portero automático no funciona."),
        ("chat", "apunta mi número nuevo: {v}"),
        ("support ticket", "El cliente solicita que lo llamen al {v} por el reembolso pendiente."),
    ],
    "card": [
        ("support ticket", "Me han cobrado dos veces en la tarjeta {v}, por favor anulen uno de los cargos."),
        ("chat", "¿puedes mirar si pasó el pago con la tarjeta {v}?"),
        ("app log", "2026-11-29 18:22:03 ERROR pago rechazado tarjeta={v} motivo=fondos_insuficientes"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: fallo de autenticación para root desde {v} puerto 50122"),
        ("support ticket", "Su web me bloquea todo el rato. Mi dirección IP es {v}."),
        ("app log", "[AVISO] demasiadas peticiones desde {v6}, límite activado durante 10 min"),
    ],
    "iban": [
        ("order note", "Devolución a mi cuenta, IBAN {v}, por favor."),
        ("email", "Para la fianza, hagan la transferencia a {v} indicando el número de reserva."),
        ("contact form", "He cambiado de banco, nuevo IBAN: {v}"),
    ],
    "name": [
        ("contact form", "Hola, me llamo {v} y quiero darme de baja del gimnasio a final de mes."),
        ("letter greeting", "{g:Estimado|Estimada} {v}:\nhemos recibido su reclamación y la estamos revisando."),
        ("email signature", "Gracias de antemano.\n\nUn saludo,\n{v}"),
        ("email header", "De: {v} <{email}>\nAsunto: RE: franja de entrega del martes"),
        ("form field", "Persona de contacto: {v}\nDepartamento: Compras"),
        ("chat", "Hola, soy {v}, del 3.º B, otra vez nos hemos quedado sin calefacción."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Ayer hablé con {v} por teléfono y el repuesto sigue sin llegar."),
        ("product review", "Muy buena atención en la tienda, {v} se tomó su tiempo para explicarme todo."),
        ("order note", "Si no hay nadie, dejar el paquete a {v}, en el bajo."),
        ("chat", "{v} llega tarde hoy, empezad sin nosotros"),
    ],
    "address": [
        ("order note", "Entregar en {v}, por la puerta lateral."),
        ("contact form", "Me he mudado, mi nueva dirección es {v}."),
        ("support ticket", "Recogida de la devolución el jueves en {v}."),
        ("chat", "la fiesta es el sábado en mi casa, {v}, toca dos veces"),
    ],
    "national_id": [
        ("form field", "DNI: {v}\nFecha de alta: pendiente", {"scheme": "es.dni"}),
        ("email", "Le adjunto mi NIE, {v}, para el contrato de alquiler.", {"scheme": "es.nie"}),
        ("support ticket", "El titular facilitó su CURP ({v}) para validar el trámite.", {"scheme": "mx.curp"}),
        ("contact form", "Mi RUT es {v}, aparece mal escrito en la boleta.", {"scheme": "cl.rut"}),
        ("chat", "pásame tu CUIL para la factura, el mío es {v}", {"scheme": "ar.cuit"}),
    ],
    "birth_date": [
        ("form field", "Fecha de nacimiento: {v}"),
        ("chat", "nací el {vw}, ¿todavía me sale el carné joven?", {"age": (18, 26)}),
        ("support ticket", "Para verificar la cuenta, la persona dio su fecha de nacimiento ({v}) y el código postal."),
        ("email", "Mi padre, nacido el {vw}, está en una residencia desde octubre.", {"age": (70, 95)}),
    ],
    "passport": [
        ("form field", "N.º de pasaporte: {v}, válido hasta 2032"),
        ("chat", "la aerolínea pide tu número de pasaporte, el mío es {v}"),
        ("support ticket", "El huésped se registró con el pasaporte {v}; la copia está en recepción."),
    ],
    "username": [
        ("support ticket", "El cliente no puede iniciar sesión. Usuario: {v}"),
        ("chat", "sígueme en el foro, mi nombre de usuario es {v}"),
        ("app log", "2026-11-28 21:07:44 INFO inicio de sesión correcto usuario={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Las sillas las suministra {v}; llegarán en dos envíos."),
        ("product review", "Compré el hervidor en {v} y la tapa se rompió a la semana."),
        ("email", "Adjunto la factura de {v} por la consultoría de noviembre."),
    ],
    "street_name": [
        ("chat", "hay un atasco tremendo en {v}, ve por la circunvalación"),
        ("support ticket", "Nuestro almacén de {v} está cerrado por obras hasta nuevo aviso."),
        ("chat", "quedamos en la parada de {v}, no en la de la estación"),
    ],
    "date": [
        ("order note", "Entrega estimada: {v}"),
        ("email", "¿Podemos pasar la reunión trimestral al {vw}?"),
        ("chat", "la entrega del TFG es el {v}, ¡no se te olvide!"),
    ],
    "price": [
        ("product review", "Por {v} no se puede pedir más."),
        ("order note", "Se añadió un recargo de envío de {v}.", {"range": (3, 20)}),
        ("chat", "la entrada me costó {v} pero mereció la pena"),
    ],
    "famous_name": [
        ("product review", "Visitamos la casa museo de {v} en Granada, muy recomendable.", {"v": "Federico García Lorca"}),
        ("chat", "aterrizamos en Barajas-{v} a las 18:00", {"v": "Adolfo Suárez"}),
        ("email", "La reunión será en el Teatro {v}, entrada por la calle lateral.", {"v": "Lope de Vega"}),
    ],
    "product": [
        ("product review", "El {v} aguanta dos días con una carga.", {"product": "phone"}),
    ],
    "order_number": [
        ("support ticket", "¿Dónde está mi pedido {v}? Lleva una semana sin moverse.", {"patterns": ["PED-#########"]}),
    ],
    "invoice_number": [
        ("email", "Indique el número de factura {v} en la transferencia.", {"patterns": ["F2026-#####"]}),
    ],
    "tracking_number": [
        ("order note", "Número de seguimiento de Correos: {v}", {"patterns": ["PQ4F############"]}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO actualizado a la versión {v}, reinicio pendiente"),
    ],
    "isbn": [
        ("product review", "Mejor la edición de bolsillo (ISBN {v}), la traducción es más fiel."),
    ],
    "ean": [
        ("order note", "Me ha llegado otro artículo, el código EAN de la caja es {v}."),
    ],
    "non_luhn": [
        ("support ticket", "Número de contrato de suministro: {v}"),
    ],
    "measurement": [
        ("product review", "La estantería mide {v} de alto, cabe justa.", {"unit": "cm", "range": (80, 210)}),
    ],
    "uuid": [
        ("app log", "id_solicitud={v} estado=200 duracion_ms=41"),
    ],
}
