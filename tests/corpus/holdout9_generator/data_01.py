BLOCKS = [
dict(lang='en', region='GB', iban='GB', nid='gb.nino', lines='''
C name|Hi there, my name is ⟦Gareth Pembridge⟧ and I ordered the walnut desk last Tuesday – it still hasn't shipped.
C name|Thanks for sorting the refund so quickly.\\n\\nKind regards,\\n⟦Niamh O'Rourke-Bates⟧
C name|Contact person: ⟦Priya Venkataraman⟧ (facilities), please ring before delivering the pallets.
C email|Can you send the invoice to ⟦tamsin.holloway82@outlook.co.uk⟧ instead of my work address? cheers
C phone*2|If the courier gets lost he can call me on ⟦§PH§⟧, I'm working from home all day.
C card|Card ending doesn't match? I used ⟦§CARD§⟧ exp 09/27, please check again
C ip|Our firewall logged 40 failed logins from ⟦§IP4§⟧ overnight, is that one of your servers?
C iban|Please refund to my account ⟦§IBAN§⟧ (Barclays), not the card.
E name|Yesterday Declan Moss rang about the boiler – no wait, it was ⟦Declan Fairweather⟧, sorry.|name after 'it was'
E name|I'm meeting ⟦Rosalind Achebe⟧ at the station at 6 so I can't do the late shift.|private name next to 'station'
E name|Forwarded message ---------\\nFrom: ⟦Callum Strachan⟧ <c.strachan@fernleigh-joinery.co.uk>\\nDate: Mon 3 Mar|name in forwarded header
E address|New delivery address please: ⟦14 Larkspur Close, Bramhall, Stockport SK7 2QT⟧
E national_id|For the payroll form: NI number ⟦§NID§⟧, tax code 1257L.|NINO format-valid (no check digit exists)
E birth_date|Patient DOB: ⟦17/08/1964⟧ – allergic to penicillin, see notes.
L museum|We spent the whole afternoon at the ⟦Charles Dickens Museum⟧ and the gift shop was great.|famous person as museum name
L street|The shop is on ⟦Abbey Road⟧ just past the zebra crossing, you can't miss it.|street without house number
L brand|My ⟦Ted Baker⟧ jacket arrived with a torn lining, order §ORDER§.|brand named like a person
L work_title|Just finished reading ⟦Wolf Hall⟧ for book club, absolutely loved Cromwell.
L version|After updating to build ⟦§VER4§⟧ the printer driver stopped working.
L tracking_number|Tracking number ⟦§TRACK§⟧ says delivered but nothing's on my doorstep.
L invalid_card|The reference on the bank slip is ⟦§BADCARD§⟧ – is that a card number or something else?|Luhn-invalid 16 digits
L hospital|Please forward the letter to ⟦Royal Victoria Infirmary⟧, ward 18.
L score|Great match on Saturday, we won ⟦3–1⟧ against Harrogate Town.
L price|Total came to ⟦£1,249.99⟧ incl. VAT which is more than quoted.
'''),
dict(lang='de', region='DE', iban='DE', nid='de.idnr', lines='''
C name|Guten Tag, mein Name ist ⟦Jörg Lindemann⟧ und ich warte seit zwei Wochen auf meine Gutschrift.
C name|Vielen Dank im Voraus!\\n\\nMit freundlichen Grüßen\\n⟦Hannelore Brückner-Vogt⟧
C name|Ansprechpartnerin: ⟦Svenja Özdemir⟧, Tel. bitte nur vormittags.
C email|Bitte schicken Sie die Unterlagen an ⟦k.wassermann@posteo.de⟧, danke.
C phone*2|Rückruf bitte unter ⟦§PH§⟧ – ab 17 Uhr bin ich erreichbar.
C iban|Erstattung bitte auf ⟦§IBAN§⟧ (Sparkasse), Kontoinhaber wie Besteller.
C ip|Laut Protokoll kam der Login von ⟦§IP6§⟧ – das war nicht ich!
E name|Gestern war ⟦Lothar Kemmerich⟧ wegen der Heizung da und hat den Zähler abgelesen.|name as subject
E name|Kannst du ⟦Ilse von Bredow⟧ ausrichten, dass das Paket angekommen ist?|name with particle 'von'
E address|Lieferadresse: ⟦Amselweg 7a, 79102 Freiburg im Breisgau⟧
E national_id|Meine Steuer-ID lautet ⟦§NID§⟧, bitte für die Lohnabrechnung übernehmen.|Steuer-IdNr with valid check digit
E birth_date|Versicherte Person: geb. ⟦03.11.1958⟧, Mitgliedsnr. folgt.
L brand|Die ⟦Mozartkugeln⟧ kamen leider völlig geschmolzen an.|chocolate named after Mozart
L street|Wir treffen uns am Eingang ⟦Karl-Marx-Allee⟧, gegenüber dem Kino.|street named after person, no house number
L school|Meine Tochter geht auf das ⟦Goethe-Gymnasium⟧ und braucht die Bücher bis Montag.
L invoice_number|Zu Rechnung ⟦§INV§⟧ habe ich noch eine Frage zur Mehrwertsteuer.
L ean|EAN ⟦§EAN§⟧ steht auf dem Karton, der Inhalt ist aber ein anderes Modell.
L date|Liefertermin wurde auf den ⟦14.03.2025⟧ verschoben, passt mir leider nicht.|delivery date, not birth date
L measurement|Der Tisch ist ⟦180 × 90 cm⟧, bestellt hatte ich 160 cm.
L prize|Sie hat letztes Jahr den ⟦Georg-Büchner-Preis⟧ bekommen, stand in der Zeitung.
L station|Abholung am ⟦Bahnhof Friedrichstraße⟧, Ausgang Nord.
'''),
dict(lang='fr', region='FR', iban='FR', nid='fr.nir', lines='''
C name|Bonjour, je m'appelle ⟦Gwenaëlle Le Bihan⟧ et je n'ai toujours pas reçu mon colis.
C name|En vous remerciant par avance.\\nCordialement,\\n⟦Thibault Marchetti⟧
C name|Madame ⟦Solène Dufresne-Adjovi⟧, suite à votre appel, voici le devis demandé.|cue 'Madame'
C email|Vous pouvez me joindre par mail : ⟦arnaud.peyrefitte@laposte.net⟧
C phone*2|Le livreur peut m'appeler au ⟦§PH§⟧ avant 18h svp.
C iban|Merci d'effectuer le virement sur ⟦§IBAN§⟧, titulaire identique.
C ip|Connexion suspecte depuis l'adresse ⟦§IP4§⟧ à 3h du matin, c'est normal ?
E name|Hier ⟦Mathilde Roussel⟧ a rappelé pour le dégât des eaux, elle attend votre expert.|name as subject
E name|Je dois voir ⟦Yannick Obiang⟧ au parc ce soir, on reporte la réunion ?|private name near 'parc'
E address|Adresse de livraison : ⟦27 rue des Tanneurs, 67000 Strasbourg⟧
E national_id|N° de sécurité sociale : ⟦§NID§⟧ (pour la mutuelle).|NIR with valid key
E birth_date|Je suis née le ⟦4 juillet 1987⟧ à Nantes, il y a une erreur sur ma carte.|birth date in words
L museum|On a visité le ⟦musée Rodin⟧ dimanche, superbe jardin.
L street|Le magasin se trouve boulevard ⟦Victor-Hugo⟧, près de la pharmacie.|street name without number
L airport|Mon vol part de ⟦Charles-de-Gaulle⟧ terminal 2E, j'arrive à 7h.
L brand|La crème ⟦Yves Rocher⟧ que j'ai commandée a été remplacée par une autre.|brand named like a person
L order_number|Commande n° ⟦§ORDER§⟧ : il manque un article.
L uuid|Le support m'a donné l'identifiant ⟦§UUID§⟧, mais rien ne s'affiche.
L flight|Vol ⟦AF1296⟧ retardé, je ne pourrai pas être au rendez-vous.
L percentage|Remise de ⟦15 %⟧ non appliquée sur le panier.
L date|Rendez-vous confirmé le ⟦12/05/2025 à 14h30⟧.|appointment, not birth date
'''),
dict(lang='es', region='ES', iban='ES', nid='es.dni', lines='''
C name|Hola, me llamo ⟦Begoña Iturriaga⟧ y quería reclamar por un cobro duplicado.
C name|Un saludo,\\n⟦Rodrigo Sáez de la Fuente⟧
C name|Atentamente, ⟦María del Carmen Ruiz Olmedo⟧ – Departamento de compras|sign-off with compound name
C email|Escríbanme a ⟦pili.manzanares@gmail.com⟧ que el teléfono lo tengo roto.
C phone*2|Mi móvil es el ⟦§PH§⟧, llamadme cuando llegue el técnico.
C iban|Para la devolución: ⟦§IBAN§⟧ a nombre de la comunidad de vecinos.
C card|pagué con la tarjeta ⟦§CARD§⟧ y me la cobraron dos veces!!
E name|Ayer vino ⟦Ignacio Barrachina⟧ a revisar la caldera y dejó todo perdido.|name as subject
E name|Dile a ⟦Nerea Goikoetxea⟧ que el paquete ya está en portería.
E address|Envío a: ⟦C/ de la Verónica 12, 3º B, 28014 Madrid⟧
E national_id|Mi DNI es ⟦§NID§⟧, por si lo necesitan para la factura.|DNI with check letter
E national_id|Soy residente, mi NIE es ⟦§NIE§⟧ y el pasaporte lo tengo caducado.|NIE with check letter
E username|En Wallapop soy ⟦@chusmarin_77⟧, me podéis escribir ahí.|handle after platform cue
L museum|Fuimos al ⟦Museo Sorolla⟧ y luego a comer por Chamberí.
L street|Vivo cerca de la ⟦Gran Vía⟧, al lado del cine.|place name
L station|Quedamos en ⟦Atocha⟧ a las nueve, en la salida de cercanías.
L work_title|Estoy leyendo ⟦Cien años de soledad⟧ por tercera vez.
L tracking_number|Número de seguimiento ⟦§TRACK§⟧, lleva 5 días en aduanas.
L price|Me cobraron ⟦49,95 €⟧ de gastos de envío, un abuso.
L score|El Betis ganó ⟦2-0⟧ y la peña lo celebró hasta tarde.
L sku|Referencia del producto: ⟦§SKU§⟧, talla M.
L version|Con la versión ⟦§VER4§⟧ de la app ya no puedo iniciar sesión.
'''),
dict(lang='it', region='IT', iban='IT', nid='it.codicefiscale', lines='''
C name|Buongiorno, mi chiamo ⟦Ludovica Fabbrocini⟧ e scrivo per un reso.
C name|Cordiali saluti,\\n⟦Pierluigi D'Alessandro⟧
C name|Gentile ⟦Dott.ssa Annalisa Spadaro⟧, le confermo l'appuntamento di giovedì.|cue 'Gentile' + title
C email|Mi potete scrivere a ⟦g.tramontana@libero.it⟧ per qualsiasi cosa.
C phone*2|Il corriere mi chiami al ⟦§PH§⟧, il citofono non funziona.
C iban|IBAN per il rimborso: ⟦§IBAN§⟧ intestato a me.
C ip|Accesso bloccato dall'IP ⟦§IP4§⟧, potete sbloccarlo?
E name|Ieri è passato ⟦Massimiliano Cuccurullo⟧ a ritirare il pacco al posto mio.
E name|Ho visto ⟦Ornella Guidotti⟧ in ospedale, sta meglio.|name after verb 'visto' near 'ospedale'
E address|Indirizzo: ⟦Via dei Mille 45, 80121 Napoli⟧
E national_id|Codice fiscale ⟦§NID§⟧ – serve per la fattura elettronica.|codice fiscale with valid check char
E birth_date|Nata il ⟦21/02/1979⟧ a Bari, residente a Lecce.
L street|Il negozio è in ⟦Via Garibaldi⟧, dopo la farmacia.|street named after a person, no number
L airport|Atterro a ⟦Fiumicino⟧ alle 22:40, volo AZ 1781.
L brand|I tortellini ⟦Giovanni Rana⟧ sono arrivati già scaduti.|brand named like a person
L work_title|Stasera guardiamo ⟦La vita è bella⟧ con i ragazzi.
L hospital|Mi hanno trasferito al ⟦Policlinico Gemelli⟧ per gli esami.
L invoice_number|Fattura ⟦§INV§⟧ non ancora pagata?
L date|Consegna prevista per il ⟦18 settembre⟧, ma sarò in ferie.|delivery date
L measurement|Il divano misura ⟦2,40 m⟧ e non passa dalla porta.
L hash|Il commit ⟦§SHA§⟧ ha rotto la build, ci guardi?
'''),
dict(lang='pt', region='PT', iban='PT', nid='pt.cc', lines='''
C name|Olá, o meu nome é ⟦Inês Carvalhal⟧ e a encomenda veio danificada.
C name|Com os melhores cumprimentos,\\n⟦Duarte Vasconcelos Pimentel⟧
C name|Cara ⟦Filipa Sá Marques⟧, obrigado pelo seu contacto.|cue 'Cara'
C email|O meu e-mail é ⟦tiagoamaral.lx@sapo.pt⟧ caso precisem.
C phone*2|Liguem para ⟦§PH§⟧ antes de virem instalar a box.
C iban|NIB/IBAN para reembolso: ⟦§IBAN§⟧
C ip|o router mostra o IP ⟦§IP4§⟧ mas a net continua sem funcionar
E name|A ⟦Rosário Figueiredo⟧ disse-me que a fatura já tinha sido enviada.|name in reported speech
E name|Vou buscar o ⟦Gonçalo Teixeira⟧ ao aeroporto e depois passo na loja.|private name near 'aeroporto'
E address|Morada: ⟦Rua do Almada 188, 4050-032 Porto⟧
E national_id|Cartão de Cidadão n.º ⟦§NID§⟧|CC with valid check digits
E birth_date|Data de nascimento: ⟦09-12-1991⟧
L bridge|Atravessámos a ⟦Ponte 25 de Abril⟧ no meio do trânsito.
L street|Fica na ⟦Avenida da Liberdade⟧, ao lado do hotel.
L brand|Comprei um pastel na ⟦Casa Pastéis de Belém⟧ e estava delicioso.
L stadium|Jogo no ⟦Estádio José Alvalade⟧ esgotado outra vez.|stadium named after person
L order_number|Encomenda ⟦§ORDER§⟧ ainda em processamento.
L price|Paguei ⟦89,90 €⟧ e veio só metade das peças.
L timestamp|Erro registado em ⟦2025-01-14T09:32:11Z⟧, código 503.
L ean|Código de barras ⟦§EAN§⟧ não corresponde ao produto.
L work_title|Estamos a ler ⟦Os Maias⟧ na escola, é enorme.
'''),
dict(lang='nl', region='NL', iban='NL', nid='nl.bsn', lines='''
C name|Hallo, mijn naam is ⟦Sanne van der Heijden⟧ en ik heb een vraag over mijn abonnement.
C name|Met vriendelijke groet,\\n⟦Joost de Graaf⟧
C name|Beste ⟦Femke Oosterhuis⟧, hierbij de offerte zoals besproken.|cue 'Beste'
C email|Mail mij maar op ⟦wouter.kuipers@ziggo.nl⟧.
C phone*2|Bel me even op ⟦§PH§⟧ als de monteur onderweg is.
C iban|Graag terugstorten op ⟦§IBAN§⟧ t.n.v. de vereniging.
C ip|Onze NAS werd benaderd vanaf ⟦§IP6§⟧, kunnen jullie dat blokkeren?
E name|Gisteren heeft ⟦Bram Hoekstra⟧ de sleutels al opgehaald.|name as subject
E name|Ik zag ⟦Lieke ter Beek⟧ bij het ziekenhuis, ze zei dat het pakket nog niet binnen was.|particle 'ter'
E address|Bezorgadres: ⟦Vondelstraat 112-hs, 1054 GR Amsterdam⟧
E national_id|BSN ⟦§NID§⟧ staat ook op het formulier.|BSN 11-proef
E username|Op Marktplaats heet ik ⟦fietsfanaat_ruud⟧, stuur daar maar een berichtje.
L museum|We gaan morgen naar het ⟦Van Gogh Museum⟧, kaartjes al binnen.
L street|Het café zit op de ⟦Prinsengracht⟧, bij de brug.
L station|Afspreken op ⟦Utrecht Centraal⟧, bij de Albert Heijn.|station + brand
L brand|Mijn ⟦Albert Heijn⟧ bezorging was weer te laat.|supermarket named like a person
L tracking_number|Track & trace: ⟦§TRACK§⟧
L version|Sinds update ⟦§VER4§⟧ crasht de app direct.
L score|Ajax verloor met ⟦1-4⟧, dramatisch.
L date|Afspraak staat op ⟦di 8 april 10:15⟧.|appointment
L isbn|ISBN ⟦§ISBN§⟧ – dit boek heb ik niet besteld.
'''),
dict(lang='pl', region='PL', iban='PL', nid='pl.pesel', lines='''
C name|Dzień dobry, nazywam się ⟦Agnieszka Wróblewska⟧ i piszę w sprawie reklamacji.
C name|Z poważaniem\\n⟦Grzegorz Szczepaniak⟧
C name|Szanowna Pani ⟦Małgorzata Chmielewska-Nowicka⟧, w załączeniu przesyłam fakturę.|cue 'Szanowna Pani'
C email|Proszę o kontakt mailowy: ⟦b.zielonka@wp.pl⟧
C phone*2|Mój numer: ⟦§PH§⟧, kurier może dzwonić od 8.
C iban|Zwrot proszę przelać na konto ⟦§IBAN§⟧.
C card|Płaciłem kartą ⟦§CARD§⟧ i pieniądze zeszły podwójnie.
E name|Wczoraj dzwonił ⟦Tadeusz Kołodziej⟧ w sprawie dostawy drewna.|name as subject
E name|Przekaż ⟦Oliwii Jabłońskiej⟧, że paczka czeka w paczkomacie.|name in dative case
E address|Adres: ⟦ul. Ogrodowa 17/4, 90-023 Łódź⟧
E national_id|PESEL: ⟦§NID§⟧|PESEL with check digit
E birth_date|urodzony ⟦12 maja 1983⟧ r. w Tarnowie|birth date in words
L street|Sklep jest przy ⟦Marszałkowskiej⟧, koło metra.|street without number
L airport|Lecę z ⟦Lotniska Chopina⟧ o 6 rano.|airport named after person
L brand|Kupiłam ⟦Wedel⟧ ptasie mleczko, ale było rozgniecione.|brand named after person
L work_title|Czytam teraz ⟦Lalkę⟧ Prusa, jest świetna.
L order_number|Zamówienie nr ⟦§ORDER§⟧ nadal nie zostało wysłane.
L invalid_card|Numer referencyjny ⟦§BADCARD§⟧ z potwierdzenia przelewu.|Luhn-invalid
L price|Zapłaciłem ⟦1 299,00 zł⟧ za pralkę.
L score|Legia wygrała ⟦3:2⟧ po dogrywce.
L percentage|Rabat ⟦20%⟧ nie został naliczony.
'''),
]
