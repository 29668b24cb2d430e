DATA = {
'pt': r'''
cap|eponymous street|A loja fica na [[Rua Augusta]], perto do arco.
cap|square|Encontramo-nos na [[Praça do Marquês de Pombal]] às oito.
cap|metro station|Saia na estação [[Saldanha]] e apanhe o autocarro 36.
cap|hospital|No [[Hospital de Santa Maria]] a espera foi de três horas.
cap|book title|Estou a ler «[[Memorial do Convento]]» para o clube de leitura.
cap|dish|O [[bacalhau à Gomes de Sá]] estava divinal.
cap|UI label|Clique em [[Guardar alterações]] para concluir.
cap|bridge|Há trânsito na [[Ponte Vasco da Gama]] esta manhã.
cap|company named after founder|Os bolos da [[Pastelaria Gonçalves]] chegaram fresquinhos.
cap|festival|As festas de [[Santo António]] enchem Lisboa em junho.
d|delivery date|Entrega prevista a [[07/10/2026]].
p|price|Total: [[39,90 €]] com IVA.
o|order number|Encomenda [[PT-302918]] enviada.
s|sports score|O Benfica ganhou [[4-0]] no domingo.
''',
'pt-BR': r'''
cap|eponymous avenue|A loja nova fica na [[Avenida Paulista]], perto do MASP.
cap|airport|Meu voo sai do [[Aeroporto Santos Dumont]] às seis.
cap|stadium|O show vai ser no [[Estádio do Maracanã]] em março.
cap|school|Reunião de pais no [[Colégio Machado de Assis]] sexta-feira.
cap|soap opera title|Alguém está assistindo "[[Dona Beija]]" na reprise?
cap|UI label|Toque em [[Finalizar compra]] para pagar com Pix.
cap|brand|Comprei um tênis da [[Irmãos Teixeira Calçados]] e veio certinho.
cap|historical figure|Visitamos o museu sobre [[Dom Pedro II]] em Petrópolis.
cap|dish|O [[Romeu e Julieta]] de sobremesa foi o ponto alto do jantar.
cap|neighbourhood|Moro perto da [[Vila Madalena]], cheio de bares bons.
d|delivery date|Previsão de entrega: [[15/01/2026]].
p|price|Total: [[R$ 1.299,90]] em até 10x sem juros.
o|order number|Pedido [[#BR-88127455]] confirmado.
t|tracking number|Código de rastreio: [[NL123456785BR]]
ph|short code|Envie SAIR para [[28888]] para cancelar as mensagens.
''',
'es-MX': r'''
cap|eponymous avenue|El local está sobre [[Avenida Benito Juárez]], frente al parque.
cap|metro station|Bájate en la estación [[Niños Héroes]] de la línea 3.
cap|museum|El [[Museo Frida Kahlo]] tiene fila larguísima los domingos.
cap|stadium|Vamos al [[Estadio Azteca]] a ver a las Chivas.
cap|school|En la [[Escuela Primaria Josefa Ortiz de Domínguez]] hay junta el lunes.
cap|UI label|Da clic en [[Agregar al carrito]] y luego en pagar.
cap|telenovela title|Mi abuela no se pierde "[[María la del Barrio]]" en la repetición.
cap|festival|Para el [[Día de la Virgen de Guadalupe]] cierran temprano.
cap|brand|Las tortillas de [[Don Chuy]] son las mejores de la colonia.
cap|neighbourhood|Nos mudamos a la [[colonia Roma]] el mes pasado.
d|delivery date|Tu paquete llega el [[28/02/2026]].
p|price|Total: [[$1,549.00 MXN]] con envío.
o|order number|Pedido [[MX-5519034]] en camino.
s|sports score|Quedaron [[1-1]] en el Clásico.
''',
'nl': r'''
cap|eponymous street|Het café zit aan de [[Johannes Vermeerstraat]], naast de bakker.
cap|square|Afspreken op het [[Rembrandtplein]] om acht uur?
cap|hospital|In het [[Antoni van Leeuwenhoek]] werden we goed geholpen.
cap|train station|Overstappen op station [[Amsterdam Sloterdijk]] richting Haarlem.
cap|painting|We hebben "[[Het meisje met de parel]]" eindelijk in het echt gezien.
cap|UI label|Klik op [[Wijzigingen opslaan]] om verder te gaan.
cap|company named after founder|De fietsen van [[Van der Meulen Rijwielen]] zijn echt degelijk.
cap|school|Open dag bij het [[Erasmus College]] is op zaterdag.
cap|festival|Met [[Sinterklaas]] is de winkel tot negen uur open.
cap|bridge|De [[Erasmusbrug]] is vanavond afgesloten voor verkeer.
d|delivery date|Bezorging op [[09-04-2026]] tussen 13:00 en 17:00.
p|price|Totaal: [[€ 74,95]] inclusief btw.
o|order number|Bestelling [[NL-2026-118344]] is verzonden.
pca|postcode alone|We bezorgen voorlopig alleen in [[3011]] en omgeving.
''',
'da': r'''
cap|eponymous street|Butikken ligger på [[H.C. Andersens Boulevard]] ved Rådhuspladsen.
cap|metro station|Stå af ved [[Christianshavn]] og gå over broen.
cap|hospital|Ventetiden på [[Bispebjerg Hospital]] var kort i går.
cap|fairy tale title|Vi læste "[[Den grimme ælling]]" for børnene i aftes.
cap|UI label|Tryk på [[Gem ændringer]] før du lukker siden.
cap|company named after founder|Møblerne fra [[Jensen & Holm]] kom en uge for sent.
cap|school|Der er forældremøde på [[Niels Bohr Skolen]] torsdag.
cap|festival|Vi fejrer [[Sankt Hans]] ved stranden som altid.
cap|prize|Hun vandt [[Karen Blixen-prisen]] for sin første roman.
d|delivery date|Levering den [[21.08.2026]] mellem 8 og 12.
p|price|I alt: [[1.295,00 kr.]]
o|order number|Ordre [[DK-661209]] er afsendt.
s|sports score|Brøndby tabte [[0-2]] på hjemmebane.
''',
'sv': r'''
cap|eponymous street|Butiken ligger på [[Drottninggatan]] mitt i stan.
cap|metro station|Gå av vid [[Karlaplan]] och ta uppgången mot Valhallavägen.
cap|hospital|Vi fick snabb hjälp på [[Karolinska Universitetssjukhuset]].
cap|book title|Barnen älskar "[[Pippi Långstrump]]", vi har läst den tre gånger.
cap|prize|Han fick [[Augustpriset]] för sin debutroman.
cap|UI label|Klicka på [[Spara ändringar]] innan du loggar ut.
cap|company named after founder|Cyklarna från [[Lindqvist & Söner]] håller i evigheter.
cap|festival|På [[Lucia]] sjunger kören i kyrkan klockan sju.
cap|dish|Vi åt [[Janssons frestelse]] till julbordet.
d|delivery date|Leverans [[2026-06-03]] mellan 9 och 15.
p|price|Totalt: [[1 499 kr]] inkl. moms.
o|order number|Order [[SE-8830215]] har skickats.
tr|train number|[[SJ 427]] mot Göteborg är försenat.
''',
'fi': r'''
cap|eponymous street|Kauppa on [[Mannerheimintie]] 12:n kulmassa.
cap|metro station|Jää pois [[Kampin]] asemalla ja kävele Narinkkatorille.
cap|hospital|[[Meilahden sairaala]] oli ruuhkainen eilen illalla.
cap|book title|Luimme koulussa "[[Seitsemän veljestä]]" ja se oli yllättävän hauska.
cap|UI label|Valitse [[Tallenna muutokset]] ennen kuin suljet sivun.
cap|company named after founder|[[Virtasen Leipomo]] toimitti kakun ajallaan.
cap|school|[[Sibelius-lukio]] järjestää avoimet ovet lauantaina.
cap|festival|[[Juhannus]] vietetään taas mökillä.
cap|prize|Hän voitti [[Finlandia-palkinnon]] viime vuonna.
d|delivery date|Toimitus [[14.5.2026]] klo 10–14.
p|price|Yhteensä [[59,90 €]] sis. alv.
o|order number|Tilaus [[FI-339102]] on lähetetty.
s|sports score|Kärpät voitti [[5-3]] jatkoajalla.
''',
'et': r'''
cap|eponymous street|Pood asub [[Pärnu maanteel]], vanalinna lähedal.
cap|square|Kohtume [[Vabaduse väljakul]] kell kuus.
cap|school|[[Gustav Adolfi Gümnaasium]] korraldab lahtiste uste päeva.
cap|book title|Lugesin uuesti "[[Tõde ja õigus]]" ning see oli parem kui koolis.
cap|UI label|Vajuta [[Salvesta muudatused]] enne lahkumist.
cap|company named after founder|[[Tamme Pagarid]] tõid tordi õigel ajal.
cap|festival|[[Jaanipäev]] tuleb sel aastal pikk nädalavahetus.
cap|theatre|Piletid [[Vanemuise]] etendusele on välja müüdud.
d|delivery date|Tarne [[10.03.2026]] kella 12-ni.
p|price|Kokku [[24,50 €]]
o|order number|Tellimus [[EE-11804]] on teele pandud.
me|measurement|Laua mõõdud on [[120 × 60 cm]].
''',
}
