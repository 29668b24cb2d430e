BLOCKS = [
dict(lang='sv', region='SE', iban='SE', nid='se.personnummer', lines='''
C name|Hej, jag heter ⟦Malin Lindqvist⟧ och har en fråga om min beställning.
C name|Med vänliga hälsningar\\n⟦Anders Sjöberg⟧
C name|Kontaktperson: ⟦Åsa Bergström-Nilsson⟧, ring hellre än mejla.|cue 'Kontaktperson'
C email|Mejla mig på ⟦henrik.wallin@telia.com⟧
C phone*2|Ring mig på ⟦§PH§⟧ när budet är på väg.
C iban|Återbetalning till ⟦§IBAN§⟧ tack.
C ip|Inloggning från ⟦§IP4§⟧ kl 03, inte jag.
E name|Igår hämtade ⟦Oskar Edlund⟧ paketet åt mig.|name after verb (V2 inversion)
E name|Jag ska träffa ⟦Linnea Åkesson⟧ vid stationen, kan vi ta det imorgon?|private name near 'stationen'
E address|Adress: ⟦Storgatan 14 B, 752 31 Uppsala⟧
E national_id|Personnummer ⟦§NID§⟧|Luhn personnummer
L street|Butiken ligger på ⟦Drottninggatan⟧, nära T-centralen.
L prize|Hon fick ⟦Augustpriset⟧ förra året.|prize named after Strindberg
L brand|⟦Marabou⟧ chokladen var smält.
L order_number|Ordernummer ⟦§ORDER§⟧
L price|Jag betalade ⟦1 495 kr⟧.
L score|AIK vann ⟦2–0⟧ mot Djurgården.
L work_title|Vi tittar på ⟦Pippi Långstrump⟧ med barnen.|title = character name
L version|Efter uppdatering ⟦§VER4§⟧ kraschar appen.
'''),
dict(lang='da', region='DK', iban='DK', nid='dk.cpr', lines='''
C name|Hej, mit navn er ⟦Mette Kjærgaard⟧, og jeg skriver angående en returnering.
C name|Venlig hilsen\\n⟦Rasmus Østergaard⟧
C email|Skriv til ⟦sofie.dalsgaard@mail.dk⟧
C phone*2|Ring på ⟦§PH§⟧ inden levering.
C iban|Pengene bedes overført til ⟦§IBAN§⟧.
C card|Jeg betalte med ⟦§CARD§⟧ men fik aldrig kvittering.
E name|I går kom ⟦Frederik Bundgaard⟧ forbi med nøglerne.
E name|Sig til ⟦Karoline Winther⟧, at pakken er kommet.
E address|Adresse: ⟦Nørrebrogade 52, 3. tv., 2200 København N⟧
E national_id|CPR-nr.: ⟦§NID§⟧|CPR with valid date
L street|Butikken ligger på ⟦Strøget⟧ tæt på Rådhuspladsen.
L museum|Vi var på ⟦H.C. Andersens Hus⟧ i Odense.|museum named after author
L brand|⟦Anthon Berg⟧ marcipanen var knust.|brand named after person
L order_number|Ordre ⟦§ORDER§⟧ er ikke afsendt.
L price|Jeg betalte ⟦349,95 kr.⟧
L score|FCK vandt ⟦3-1⟧.
L date|Levering ⟦onsdag d. 9. april⟧|delivery date
'''),
dict(lang='no', region='NO', iban='NO', nid='no.fodselsnummer', lines='''
C name|Hei, jeg heter ⟦Ingrid Haugland⟧ og lurer på hvor pakken min er.
C name|Mvh\\n⟦Sindre Aasheim⟧
C email|E-post: ⟦kari.brekke@online.no⟧
C phone*2|Ring meg på ⟦§PH§⟧
C iban|Refusjon til konto ⟦§IBAN§⟧
C ip|Pålogging fra ⟦§IP6§⟧ var ikke meg.
E name|I går hentet ⟦Eirik Solbakken⟧ pakken for meg.
E name|Si til ⟦Tone Rønning⟧ at varene er kommet.
E address|Adresse: ⟦Thorvald Meyers gate 31, 0555 Oslo⟧|street named after person WITH house number
E national_id|Fødselsnummer: ⟦§NID§⟧|fødselsnummer two check digits
L street|Butikken ligger i ⟦Karl Johans gate⟧, ved Stortinget.|street named after king, no number
L place|Vi gikk tur i ⟦Vigelandsparken⟧ på søndag.|park named after sculptor
L brand|⟦Freia⟧ sjokoladen var smeltet.|brand = goddess name
L order_number|Ordrenummer ⟦§ORDER§⟧
L price|Jeg betalte ⟦899 kr⟧.
L score|Rosenborg tapte ⟦0–2⟧.
L tracking_number|Sporingsnummer ⟦§TRACK§⟧
'''),
dict(lang='is', region='IS', iban='IS', nid='is_.kennitala', lines='''
C name|Góðan dag, ég heiti ⟦Sigríður Hallgrímsdóttir⟧ og er að spyrja um pöntun.
C name|Kær kveðja,\\n⟦Þórður Ágústsson⟧
C email|Netfang: ⟦gunnar.bjorns@simnet.is⟧
C phone*2|Hringið í ⟦§PH§⟧
C iban|Endurgreiðsla á ⟦§IBAN§⟧
E name|Í gær sótti ⟦Ragnheiður Kristjánsdóttir⟧ pakkann fyrir mig.
E name|Segðu ⟦Birni Einarssyni⟧ að sendingin sé komin.|dative form
E address|Heimilisfang: ⟦Laugavegur 64, 101 Reykjavík⟧
E national_id|Kennitala: ⟦§NID§⟧|kennitala check digit
L street|Búðin er á ⟦Skólavörðustíg⟧, nálægt Hallgrímskirkju.|church named after poet
L brand|⟦Nói Síríus⟧ súkkulaðið var bráðnað.|brand named like a person
L order_number|Pöntunarnúmer ⟦§ORDER§⟧
L price|Ég borgaði ⟦12.990 kr.⟧
L place|Við fórum í ⟦Bláa lónið⟧ um helgina.
L date|Afhending ⟦14. maí⟧|delivery date
'''),
dict(lang='ca', region='ES', iban='AD', nid='es.dni', lines='''
C name|Bon dia, em dic ⟦Núria Puigdomènech⟧ i escric per una devolució.
C name|Salutacions cordials,\\n⟦Jordi Vilaseca i Roig⟧|Catalan double surname with 'i'
C email|Escriviu-me a ⟦marta.ferrer@xtec.cat⟧
C phone*2|El meu mòbil és el ⟦§PH§⟧.
C iban|Compte per al retorn (Andorra): ⟦§IBAN§⟧
C ip|Inici de sessió des de ⟦§IP4§⟧ que no reconec.
E name|Ahir va venir la ⟦Montse Casals⟧ a recollir el paquet.|name with article 'la'
E name|Digues-li al ⟦Pau Riera⟧ que la comanda ha arribat.|name with article 'al'
E address|Adreça: ⟦Carrer de Verdi 31, 2n 1a, 08012 Barcelona⟧|street named after composer WITH number
E national_id|DNI ⟦§NID§⟧, per a la factura.
L street|La botiga és al ⟦Passeig de Gràcia⟧, a prop de la Pedrera.
L building|Vam visitar la ⟦Casa Batlló⟧ dissabte.|building named after person
L brand|Els torrons ⟦Vicens⟧ van arribar trencats.|brand = surname
L order_number|Comanda ⟦§ORDER§⟧ encara pendent.
L price|Vaig pagar ⟦79,00 €⟧.
L score|El Barça va guanyar ⟦4-0⟧.
L work_title|Estic llegint ⟦Mirall trencat⟧.
L date|Lliurament previst el ⟦20/03/2025⟧|delivery date
'''),
dict(lang='ga', region='IE', iban='IE', nid='ie.pps', lines='''
C name|Dia duit, ⟦Siobhán Ní Bhriain⟧ is ainm dom agus tá ceist agam faoi m'ordú.|name before cue 'is ainm dom'
C name|Le meas,\\n⟦Pádraig Mac Giolla Phádraig⟧
C email|Ríomhphost: ⟦caoimhe.nighabhann@eircom.net⟧
C phone*2|Cuir glao orm ar ⟦§PH§⟧
C iban|Aisíoc chuig ⟦§IBAN§⟧, le do thoil.
E name|Inné tháinig ⟦Dónall Ó Súilleabháin⟧ leis na heochracha.
E name|Abair le ⟦Aoife Nic Dhonncha⟧ go bhfuil an beart tagtha.
E address|Seoladh: ⟦12 Bóthar na Trá, Gaillimh H91 X2E7⟧|Eircode
E national_id|Uimhir PSP: ⟦§NID§⟧|PPS check letter
L street|Tá an siopa ar ⟦Shráid Grafton⟧.
L station|Buailfimid le chéile ag ⟦Stáisiún Heuston⟧.|station named after person
L order_number|Uimhir ordaithe ⟦§ORDER§⟧
L price|D'íoc mé ⟦€45.00⟧.
L score|Bhuaigh Gaillimh ⟦2-14 go 1-12⟧.|GAA score
L work_title|Táim ag léamh ⟦Cré na Cille⟧.
'''),
]
