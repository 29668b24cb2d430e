from templates._common import money, number

LANG = "fr"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]


def date_num(d):
    return d.strftime("%d/%m/%Y")


def date_words(d):
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", "\u202f") + " €"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Bonjour, merci de m'envoyer le devis à {v}, je ne consulte plus l'ancienne adresse."),
        ("support ticket", "La cliente demande une réponse par mail à {v}, elle est difficile à joindre par téléphone."),
        ("chat", "envoie-moi les photos sur {v}, WhatsApp bug en ce moment"),
        ("product review", "Vendeur injoignable. Si quelqu'un a le même souci, écrivez-moi : {v}"),
    ],
    "phone": [
        ("contact form", "Pouvez-vous me rappeler au {v} ? Je suis disponible le matin."),
        ("order note", "Livreur : merci d'appeler le {vi} en arrivant, l'interphone est en panne."),
        ("chat", "nouveau numéro : {v}, tu peux effacer l'ancien"),
        ("support ticket", "Le client souhaite être rappelé au {v} au sujet du remboursement."),
    ],
    "card": [
        ("support ticket", "J'ai été débité deux fois sur ma carte {v}, merci d'annuler un des paiements."),
        ("chat", "tu peux vérifier si le paiement avec la carte {v} est bien passé ?"),
        ("app log", "2026-11-29 18:22:03 ERREUR paiement refusé carte={v} motif=plafond_atteint"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: échec d'authentification pour admin depuis {v} port 50122"),
        ("support ticket", "Votre site me bloque sans arrêt. Mon adresse IP : {v}"),
        ("app log", "[AVERT] trop de requêtes depuis {v6}, limitation activée pour 10 min"),
    ],
    "iban": [
        ("order note", "Merci de rembourser sur mon compte, IBAN {v}."),
        ("email", "Pour la caution, merci de faire le virement sur {v} en indiquant le numéro de réservation."),
        ("contact form", "Changement de coordonnées bancaires – nouvel IBAN : {v}"),
    ],
    "name": [
        ("contact form", "Bonjour, je m'appelle {v} et je souhaite résilier mon abonnement à la fin du mois."),
        ("letter greeting", "{g:Cher Monsieur|Chère Madame} {v},\nnous avons bien reçu votre réclamation du 3 novembre."),
        ("email signature", "Merci d'avance pour votre aide.\n\nCordialement,\n{v}"),
        ("email header", "De : {v} <{email}>\nObjet : Re: créneau de livraison mardi"),
        ("form field", "Personne à contacter : {v}\nService : Achats\nObjet : renouvellement du contrat-cadre"),
        ("chat", "Bonjour, c'est {v} du 3e étage, le chauffage est encore coupé."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "J'ai eu {v} au téléphone hier, mais la pièce de rechange n'est toujours pas arrivée."),
        ("product review", "Très bon accueil en magasin, {v} a pris le temps de tout m'expliquer."),
        ("order note", "Le colis peut être laissé chez {v}, au rez-de-chaussée."),
        ("chat", "{v} sera en retard ce soir, commencez sans nous"),
    ],
    "address": [
        ("order note", "Adresse de livraison : {v}, entrée par la cour."),
        ("contact form", "J'ai déménagé le mois dernier, ma nouvelle adresse est {v}."),
        ("support ticket", "Enlèvement du colis retour prévu jeudi à l'adresse suivante : {v}."),
        ("chat", "la soirée c'est chez moi samedi, {v}, sonne deux fois"),
    ],
    "national_id": [
        ("form field", "N° de sécurité sociale : {v}", {"scheme": "fr.nir"}),
        ("email", "Voici mon numéro de sécu comme demandé : {v}", {"scheme": "fr.nir"}),
        ("contact form", "Mon numéro AVS est {v}, il est mal indiqué sur le certificat de salaire.", {"scheme": "ch.ssn"}),
        ("support ticket", "Le client a donné son NAS ({v}) pour la vérification du dossier.", {"scheme": "ca.sin"}),
    ],
    "birth_date": [
        ("form field", "Date de naissance : {v}\nNationalité : française"),
        ("chat", "ma date de naissance c'est le {vw}, j'ai encore droit au tarif jeune ?", {"age": (18, 26)}),
        ("support ticket", "Pour vérification, l'appelant a donné sa date de naissance ({v}) et son code postal."),
        ("email", "Mon père, né le {vw}, est en maison de retraite depuis octobre.", {"age": (70, 95)}),
    ],
    "passport": [
        ("form field", "Numéro de passeport : {v}, valable jusqu'en 2032"),
        ("chat", "la compagnie veut ton n° de passeport, le mien c'est {v}"),
        ("support ticket", "Client enregistré avec le passeport n° {v}, copie à la réception."),
    ],
    "username": [
        ("support ticket", "Le client ne peut plus se connecter. Identifiant : {v}"),
        ("chat", "ajoute-moi sur le forum, mon pseudo c'est {v}"),
        ("app log", "2026-11-28 21:07:44 INFO connexion réussie utilisateur={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Les chaises seront livrées par {v} en deux fois."),
        ("product review", "Bouilloire achetée chez {v}, le couvercle a cassé au bout d'une semaine."),
        ("email", "Ci-joint la facture de {v} pour la mission de conseil de novembre."),
    ],
    "street_name": [
        ("chat", "ça bouche complètement {v}, passe par le périph"),
        ("support ticket", "Notre entrepôt situé {v} est fermé pour travaux jusqu'à nouvel ordre."),
        ("chat", "rdv à l'arrêt de bus {v}, pas celui de la gare"),
    ],
    "date": [
        ("order note", "Livraison estimée : {v}"),
        ("email", "Pouvons-nous décaler le point trimestriel au {vw} ?"),
        ("chat", "rendu du mémoire le {v}, n'oublie pas !"),
    ],
    "price": [
        ("product review", "Pour {v}, franchement rien à redire."),
        ("order note", "Des frais de port de {v} ont été ajoutés à la commande.", {"range": (3, 20)}),
        ("chat", "le billet m'a coûté {v} mais ça valait le coup"),
    ],
    "famous_name": [
        ("product review", "Visite de la tour {v} au coucher du soleil, réservez à l'avance !", {"v": "Eiffel"}),
        ("chat", "on atterrit à {v} vers 18h, tu viens nous chercher ?", {"v": "Charles-de-Gaulle"}),
        ("email", "La réunion de parents aura lieu au lycée {v}, entrée principale.", {"v": "Victor Hugo"}),
    ],
    "product": [
        ("product review", "Le {v} tient facilement deux jours sur une charge.", {"product": "phone"}),
    ],
    "order_number": [
        ("support ticket", "Où en est ma commande {v} ? Aucune mise à jour depuis une semaine.", {"patterns": ["CMD-#########"]}),
    ],
    "invoice_number": [
        ("email", "Merci d'indiquer la référence de facture {v} lors du virement.", {"patterns": ["FA-2026-#####"]}),
    ],
    "tracking_number": [
        ("order note", "Numéro de suivi Colissimo : {v}", {"patterns": ["6A###########"]}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO mise à jour vers la version {v} terminée"),
    ],
    "isbn": [
        ("product review", "Prenez l'édition de poche (ISBN {v}), la traduction est bien meilleure."),
    ],
    "measurement": [
        ("product review", "La table fait {v} de long, parfait pour six personnes.", {"unit": "m", "range": (1, 3), "decimals": 2}),
    ],
    "non_luhn": [
        ("support ticket", "Référence client à rappeler dans vos échanges : {v}"),
    ],
    "uuid": [
        ("app log", "id_requete={v} statut=200 duree_ms=41"),
    ],
    "hash": [
        ("app log", "empreinte du fichier : {v}"),
    ],
}
