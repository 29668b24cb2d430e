DATA = {
'en': r'''
cap|eponymous street|The shop moved to [[Abbott Lane]] last spring, right next to the bakery.
cap|hospital named after a person|Parking at [[St. Margaret's Hospital]] is free after 6 pm.
cap|prize named after a person|She was shortlisted for the [[Harriet Colborne Prize]] for short fiction.
cap|novel title|Has anyone read "[[The Last Days of Edwin Marsh]]"? Worth it?
cap|disease eponym|My uncle was diagnosed with [[Crohn's disease]] years ago and manages fine.
cap|theorem|We covered [[Bayes' theorem]] in week three of the course.
cap|company named after founder|[[Pemberton & Hale]] have finally fixed the delivery tracker on their site.
cap|historical figure as culture|The audio guide spends ten minutes on the statue of [[Queen Victoria]] near the gate.
cap|UI label|Click [[Save Changes]] before leaving the page or your edits are lost.
cap|train station|Change at [[Wellington Road]] for the airport shuttle.
cap|sports team as sport|Tickets for the match against [[Aston Villa]] sold out in an hour.
cap|fictional character|Kids loved the [[Sherlock Holmes]] escape room, highly recommended.
cap|dish|The [[Beef Wellington]] was overcooked but the dessert saved the night.
cap|school named after person|Open day at [[Jonathan Price Academy]] is on Saturday morning.
cap|song title alone on a line|Now playing:\n[[Walking with Annie Gray]]\nby The Lanterns
cap|bridge|Traffic on the [[Tom Bradley Bridge]] is slow because of the roadworks.
d|delivery date|Your parcel will arrive on [[14 March 2026]] between 8 am and noon.
o|order number|Order [[#ORD-558213]] has been dispatched.
v|four-part version|Please update to version [[4.12.0.2231]] before reporting the bug.
t|tracking number|Tracking: [[1Z 999 AA1 01 2345 6784]] (estimated delivery Friday)
l|Luhn-failing 16-digit reference|Your payment reference is [[4539 1488 0343 6468]] — quote it on the transfer.
f|flight number|Flight [[BA 2490]] to Lisbon is delayed by 40 minutes.
u|UUID|Request failed with id [[3f2b8c1e-9a4d-4e7b-b2c1-7d9e0f6a5b43]], please retry.
me|measurement|The desk is [[140 x 70 cm]] and fits perfectly in a small room.
i|ISBN|ISBN [[978-0-14-118776-1]], paperback edition.
''',
'de': r'''
cap|eponymous street|Wir treffen uns vor dem Café in der [[Goethestraße]], gleich am Eck.
cap|square|Der Weihnachtsmarkt auf dem [[Max-Joseph-Platz]] öffnet erst um elf.
cap|brand named after founder|Die Backmischung von [[Dr. Kessler]] ist leider wieder ausverkauft.
cap|museum|Die Ausstellung im [[Albrecht-Dürer-Haus]] war kleiner als erwartet.
cap|metro station|Steigen Sie an der Haltestelle [[Theodor-Heuss-Platz]] aus.
cap|school|Meine Tochter geht auf das [[Heinrich-Heine-Gymnasium]] und ist sehr zufrieden.
cap|disease eponym|Bei [[Morbus Bechterew]] hilft regelmäßige Bewegung am meisten.
cap|novel title|„[[Die Abenteuer des Felix Krull]]“ liegt bei uns im Lesekreis gerade auf dem Tisch.
cap|UI label|Klicken Sie auf [[Änderungen speichern]], um fortzufahren.
cap|foundation|Die [[Clara-Wendt-Stiftung]] fördert Schulbibliotheken in der Region.
cap|sports team|Das Spiel gegen [[Hertha BSC]] endete unentschieden.
cap|law nickname|Die [[Lex Haberland]] wurde im Landtag heftig diskutiert.
d|meeting date|Der Termin ist am [[03.11.2026]] um 10 Uhr im großen Saal.
p|price local format|Gesamtbetrag: [[1.249,90 €]] inkl. MwSt.
inv|invoice number|Bitte geben Sie die Rechnungsnummer [[RE-2026-004417]] bei der Überweisung an.
l|Luhn-failing reference|Ihre Vorgangsnummer lautet [[5301 2274 8810 3366]].
pca|postcode alone|Lieferung nur innerhalb [[80331]] und Umgebung möglich.
tr|train number|Der [[ICE 728]] fällt heute zwischen Nürnberg und Würzburg aus.
''',
'fr': r'''
cap|eponymous street|La boutique se trouve au bout de la [[rue Victor-Hugo]], près de la pharmacie.
cap|metro station|Descendez à la station [[Charles de Gaulle – Étoile]] puis marchez cinq minutes.
cap|airport|Mon vol part de l'aéroport [[Nantes Atlantique]], pas de Roissy.
cap|hospital|Les visites à l'hôpital [[Georges-Pompidou]] sont limitées à deux personnes.
cap|prize|Elle a reçu le [[prix Émile-Roussel]] pour son premier roman.
cap|dish|La [[pêche Melba]] du dessert était parfaite.
cap|film title|On a revu « [[Jules et Jim]] » au ciné-club hier soir.
cap|school|Réunion des parents au [[lycée Louise-Michel]] jeudi prochain.
cap|UI label|Cliquez sur [[Valider ma commande]] pour finaliser l'achat.
cap|company named after founder|Les chaussures [[Maison Berthier]] taillent un peu petit.
cap|saint's day|On se retrouve pour la [[Saint-Nicolas]] chez ma grand-mère.
cap|historical figure as culture|Une biographie de [[Napoléon Bonaparte]] de plus de huit cents pages, quel courage !
d|delivery date|Livraison prévue le [[12/02/2026]] entre 14 h et 18 h.
p|price|Prix total : [[89,99 €]] TTC, frais de port offerts.
o|order number|Votre commande n° [[FR-20260887]] a bien été expédiée.
pca|postcode alone|Nous livrons uniquement dans le [[75011]] pour le moment.
s|sports score|Victoire [[3-1]] contre Lyon, quel match !
h|hash|Somme de contrôle SHA-1 : [[a94a8fe5ccb19ba61c4c0873d391e987982fbbd3]]
''',
'es': r'''
cap|eponymous street|La tienda está en la [[calle Antonio Machado]], al lado del banco.
cap|square|Quedamos en la [[Plaza de Isabel II]] a las siete.
cap|stadium|El concierto será en el [[Estadio Santiago Bernabéu]] en junio.
cap|hospital|Me atendieron muy bien en el [[Hospital Gregorio Marañón]].
cap|novel title|Estoy releyendo «[[Don Quijote de la Mancha]]» con mi hijo.
cap|dish|Pedimos [[huevos a la Benedicta]] y un café con leche.
cap|metro station|Bájate en la estación [[Pablo Iglesias]] de la línea 10.
cap|UI label|Pulsa [[Guardar cambios]] antes de cerrar la ventana.
cap|brand named after founder|Los productos de [[Hermanos Lozano]] siempre llegan bien empaquetados.
cap|festival|Este año no pudimos ir a las fiestas de [[San Fermín]].
cap|painting|Vimos «[[Las Meninas]]» de Velázquez, impresionante en persona.
d|appointment date|La cita quedó para el [[22/05/2026]] a las 9:30.
p|price|Total: [[1.349,00 €]] con IVA incluido.
o|order number|Su pedido [[ES-7741092]] está en reparto.
s|sports score|El partido terminó [[2-2]] tras la prórroga.
f|flight number|El vuelo [[IB 3166]] sale de la puerta B42.
''',
'it': r'''
cap|eponymous street|Il negozio è in [[via Giuseppe Garibaldi]], vicino alla stazione.
cap|square|Ci vediamo in [[piazza Cavour]] dopo pranzo.
cap|airport|Atterriamo a [[Milano Linate]] e poi prendiamo il bus.
cap|hospital|All'[[Ospedale Niguarda]] il parcheggio è sempre pieno.
cap|opera|Abbiamo i biglietti per la [[Tosca]] alla Scala, che emozione.
cap|dish|Il carpaccio era buono, ma la pizza [[Margherita]] ancora meglio.
cap|school|Le iscrizioni al [[Liceo Alessandro Volta]] chiudono a gennaio.
cap|UI label|Premi [[Salva modifiche]] per aggiornare il profilo.
cap|prize|Il romanzo ha vinto il [[Premio Strega]] l'anno scorso.
cap|historical figure as culture|La mostra su [[Leonardo da Vinci]] è prorogata fino a marzo.
cap|company named after founder|Gli occhiali di [[Ottica Ferraresi]] sono arrivati rotti.
d|delivery date|Consegna prevista il [[18/09/2026]].
p|price|Prezzo: [[249,50 €]] IVA inclusa.
o|order number|Ordine n. [[IT-440198]] spedito oggi.
tr|train number|Il [[Frecciarossa 9543]] parte con 15 minuti di ritardo.
l|Luhn-failing reference|Codice pratica: [[4024 0071 5336 2181]]
''',
}
