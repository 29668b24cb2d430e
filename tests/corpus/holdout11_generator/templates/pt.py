"""Portuguese: templates marked loc=pt_PT use European wording, loc=pt_BR Brazilian."""
from templates._common import money, number

LANG = "pt"
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
PT = {"loc": "pt_PT"}
BR = {"loc": "pt_BR"}


def date_num(d):
    return d.strftime("%d/%m/%Y")


def date_words(d):
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def price(x):
    return money(x, ",", ".") + " €" if int(x) % 2 else "R$ " + money(x, ",", ".")


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Bom dia, por favor enviem o orçamento para {v}, já não uso o e-mail antigo.", PT),
        ("support ticket", "A cliente pede resposta por e-mail para {v}, não atende o telefone.", BR),
        ("chat", "manda as fotos pro {v} que o zap tá travando", BR),
        ("product review", "O vendedor não responde. Se alguém tiver o mesmo problema, escreva-me para {v}.", PT),
    ],
    "phone": [
        ("contact form", "Podem ligar-me para o {v}? Estou disponível de manhã.", PT),
        ("order note", "Entregador: ligar para {vi} ao chegar, o interfone está quebrado.", BR),
        ("chat", "anota meu número novo: {v}", BR),
        ("support ticket", "O cliente pede que lhe liguem para o {v} por causa do reembolso.", PT),
    ],
    "card": [
        ("support ticket", "Fui cobrado duas vezes no cartão {v}, por favor anulem uma das cobranças.", PT),
        ("chat", "consegue ver se o pagamento com o cartão {v} passou?", BR),
        ("app log", "2026-11-29 18:22:03 ERRO pagamento recusado cartao={v} motivo=saldo_insuficiente"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: falha de autenticação para root a partir de {v} porta 50122"),
        ("support ticket", "O site de vocês fica me bloqueando. Meu IP é {v}.", BR),
        ("app log", "[AVISO] pedidos a mais vindos de {v6}, limite ativo por 10 min"),
    ],
    "iban": [
        ("order note", "Reembolso para a minha conta, IBAN {v}, obrigado.", PT),
        ("email", "Para o sinal, façam a transferência para {v} indicando o número da reserva.", PT),
        ("contact form", "Mudei de banco, o novo IBAN é {v}.", BR),
    ],
    "name": [
        ("contact form", "Olá, chamo-me {v} e gostaria de cancelar a inscrição no ginásio no fim do mês.", PT),
        ("letter greeting", "{g:Prezado Sr.|Prezada Sra.} {v},\nrecebemos a sua reclamação e estamos a analisá-la.", BR),
        ("email signature", "Desde já, obrigado.\n\nAtenciosamente,\n{v}", BR),
        ("email header", "De: {v} <{email}>\nAssunto: RE: entrega de terça-feira", PT),
        ("form field", "Pessoa de contacto: {v}\nDepartamento: Compras", PT),
        ("chat", "Oi, aqui é {v}, do apartamento 32, o aquecedor desligou de novo.", BR),
        ("contact form", "Boa tarde, meu nome é {v} e quero trocar o plano da minha linha.", BR),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Falei ontem com {v} ao telefone, mas a peça ainda não chegou.", PT),
        ("product review", "Atendimento excelente na loja, {v} me explicou tudo com calma.", BR),
        ("order note", "Se não houver ninguém, deixar a encomenda com {v}, no rés-do-chão.", PT),
        ("chat", "{v} vai chegar atrasado hoje, podem começar sem a gente", BR),
    ],
    "address": [
        ("order note", "Entregar na morada {v}, porta lateral.", PT),
        ("contact form", "Me mudei, meu endereço novo é {v}.", BR),
        ("support ticket", "Recolha da devolução marcada para quinta-feira em {v}.", PT),
        ("chat", "a festa é sábado lá em casa, {v}, toca duas vezes", BR),
    ],
    "national_id": [
        ("form field", "CPF: {v}", {"scheme": "br.cpf", "loc": "pt_BR"}),
        ("chat", "me passa teu CPF pra nota, o meu é {v}", {"scheme": "br.cpf", "loc": "pt_BR"}),
        ("email", "Segue o meu NIF, {v}, para a fatura.", {"scheme": "pt.nif", "loc": "pt_PT"}),
        ("support ticket", "O titular indicou o número de contribuinte {v} para validação.", {"scheme": "pt.nif", "loc": "pt_PT"}),
    ],
    "birth_date": [
        ("form field", "Data de nascimento: {v}", PT),
        ("chat", "nasci em {vw}, ainda tenho direito à meia-entrada?", {"loc": "pt_BR", "age": (18, 24)}),
        ("support ticket", "Para verificar a conta, a pessoa indicou a data de nascimento ({v}) e o código postal.", PT),
        ("email", "Meu pai, nascido em {vw}, está numa casa de repouso desde outubro.", {"loc": "pt_BR", "age": (70, 95)}),
    ],
    "passport": [
        ("form field", "N.º do passaporte: {v}, válido até 2032", PT),
        ("chat", "a companhia aérea pede o número do passaporte, o meu é {v}", BR),
        ("support ticket", "Hóspede fez check-in com o passaporte {v}; cópia na receção.", PT),
    ],
    "username": [
        ("support ticket", "O cliente não consegue entrar. Nome de utilizador: {v}", PT),
        ("chat", "me segue no fórum, meu usuário é {v}", BR),
        ("app log", "2026-11-28 21:07:44 INFO login bem-sucedido usuario={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "As cadeiras são fornecidas pela {v}; chegam em duas remessas."),
        ("product review", "Comprei a chaleira na loja {v} e a tampa partiu ao fim de uma semana."),
        ("email", "Em anexo a fatura da {v} referente à consultoria de novembro."),
    ],
    "street_name": [
        ("chat", "trânsito parado em {v}, vai pela marginal"),
        ("support ticket", "O nosso armazém em {v} está fechado para obras até nova indicação."),
        ("chat", "encontro na paragem de autocarro em {v}, não na da estação"),
    ],
    "date": [
        ("order note", "Entrega prevista: {v}"),
        ("email", "Podemos passar a reunião trimestral para {vw}?"),
        ("chat", "a entrega do TCC é dia {v}, não esquece!"),
    ],
    "price": [
        ("product review", "Por {v} não dá para reclamar."),
        ("order note", "Foi acrescentada uma taxa de envio de {v}.", {"range": (3, 20)}),
        ("chat", "o ingresso custou {v} mas valeu a pena"),
    ],
    "famous_name": [
        ("chat", "aterramos no aeroporto {v} às 18h", {"v": "Humberto Delgado"}),
        ("product review", "A visita à Casa {v} em Lisboa vale muito a pena.", {"v": "Fernando Pessoa"}),
        ("email", "O evento será no Teatro {v}, no centro do Rio.", {"v": "Carlos Gomes"}),
    ],
    "product": [
        ("product review", "O {v} aguenta dois dias com uma carga.", {"product": "phone"}),
    ],
    "order_number": [
        ("support ticket", "Cadê meu pedido {v}? Está parado há uma semana.", {"patterns": ["BR-#########"]}),
    ],
    "invoice_number": [
        ("email", "Indique o número da fatura {v} na transferência.", {"patterns": ["FT 2026/#####"]}),
    ],
    "tracking_number": [
        ("order note", "Código de rastreio dos Correios: {v}", {"patterns": ["??#########BR"]}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO atualizado para a versão {v}"),
    ],
    "isbn": [
        ("product review", "Prefiram a edição de bolso (ISBN {v}), a tradução é melhor."),
    ],
    "measurement": [
        ("product review", "A estante tem {v} de altura, cabe certinho.", {"unit": "cm", "range": (80, 210)}),
    ],
    "non_luhn": [
        ("support ticket", "Número de instalação do contador: {v}"),
    ],
}
