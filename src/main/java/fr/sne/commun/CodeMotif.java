package fr.sne.commun;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one catalogue of reason codes the registry answers with: the {@code code} of a problem document, and the
 * {@code code} of each entry under {@code erreurs}. Each code is stable (vendors branch on it) and comes with a
 * French message template, whose {@code {name}} placeholders are filled by {@link #message(Map)}; the templates
 * are also the codes' meanings published in the OpenAPI description (schema {@code CodeMotif}).
 *
 * <p>A code is added here before it is used anywhere; {@code CatalogueCodesMotifTest} fails on a code literal
 * that is not in this catalogue and on an entry that nothing uses (the codes of the edge and security classes of
 * {@code fr.sne.guichet}, still written there as literals, count as used).
 */
public enum CodeMotif {

    // Field by field (problem "donnees-invalides", 422, or "requete-illisible", 400)
    OBLIGATOIRE("Ce champ est obligatoire."),
    TAILLE("Au plus {max} éléments ou caractères."),
    FORMAT_INVALIDE("Valeur de format invalide pour ce champ."),
    CARACTERE_INTERDIT("Ce texte contient un caractère non admis (caractère de contrôle, dont ceux qui changent le "
            + "sens d'écriture, caractère d'un autre script que les écritures admises…)."),
    CHAMP_INCONNU("Ce champ n'existe pas dans cette version de l'API ; la requête a été refusée."),
    CHAMP_EN_DOUBLE("Un même champ figure deux fois dans un objet."),
    CODE_INCONNU("Code « {code} » absent de la nomenclature {liste}."),
    DATE_FUTURE("La date ne peut pas être dans le futur."),
    DATE_INVRAISEMBLABLE("Date invraisemblable."),
    DEPOT_TROP_ANCIEN("Une demande doit être enregistrée dans le mois de son dépôt (article L441-2-1 du CCH) ; "
            + "au-delà, le gestionnaire territorial procède à l'enregistrement."),
    NON_APPLICABLE("Ce champ ne s'applique pas à cette situation."),
    PAYS_INCONNU("« {pays} » n'est pas un pays ou territoire du code officiel géographique (COG) de l'INSEE."),
    // Countries by the real system's 2025 rules (issue 16 §0 "pays", ADR 0019)
    PAYS_CODE_ISO_REFUSE("« {code} » est un code ISO : un pays s'indique par son nom dans le code officiel "
            + "géographique (COG) de l'INSEE, par exemple « Belgique »."),
    PAYS_FRANCE_REFUSE("« {pays} » n'est pas un pays étranger : la France et ses départements et collectivités "
            + "d'outre-mer ne se choisissent pas comme pays ; laissez le pays vide, la commune indique le lieu."),
    COMMUNE_INCONNUE("Code commune INSEE inconnu : {code}."),
    COMMUNE_CODE_REMPLACE("Le code {code} n'est plus en vigueur : indiquez {remplacant} ({nom})."),
    CODE_POSTAL_INCOHERENT("Le code postal {codePostal} n'est pas celui de la commune {commune}."),
    ANNEE_INVALIDE("Année de revenu attendue : {annee}."),
    MONTANT_INVALIDE("Montant positif en euros, au centime près."),
    HORS_BORNES("Valeur hors des bornes admises."),
    EMAIL_INVALIDE("Adresse électronique invalide."),
    NOMBRE_PERSONNES_INCOHERENT("Le logement doit accueillir au moins le demandeur, les co-demandeurs et les "
            + "personnes à charge ({personnes})."),
    TERRITOIRES_MULTIPLES("Une demande porte sur un seul département (ou sur l'Île-de-France) : déposez une "
            + "demande par département."),
    HORS_TERRITOIRE_GUICHET("Les communes souhaitées relèvent du territoire {territoire} : le guichet {guichet} "
            + "n'enregistre que pour son territoire ({territoireGuichet})."),
    NIR_FORMAT("Le NIR compte 15 caractères : 13 chiffres (2A ou 2B pour la Corse) et une clé de 2 chiffres."),
    NIR_SEXE("Le premier caractère du NIR (sexe) doit être 1, 2, 3, 4, 7 ou 8."),
    NIR_MOIS("Le mois de naissance inscrit dans le NIR n'existe pas."),
    NIR_CLE("La clé du NIR ne correspond pas à ses 13 premiers caractères."),
    NIR_SEXE_INCOHERENT("Le NIR ne correspond pas au sexe déclaré."),
    NIR_NAISSANCE_INCOHERENTE("Le NIR ne correspond pas à la date de naissance déclarée."),
    NIR_LIEU_INCOHERENT("Le NIR ne correspond pas au lieu de naissance déclaré."),

    // Issue 17 §3, helper B (qr): the signed QR code of printed sheets and the digitisation intake (ADR 0024)
    QR_ILLISIBLE("Aucun QR code lisible sur la première page : elle doit être la fiche de transmission ou la "
            + "première page de l'attestation, numérisée droite et entière."),
    QR_INVALIDE("Ce QR code n'est pas celui d'une feuille du registre, ou il a été altéré : le lot est refusé."),
    LOT_SANS_PIECE("Le lot ne contient que la page portant le QR code : aucune pièce à classer."),
    LOT_ILLISIBLE("Le lot n'est pas un PDF lisible (fichier tronqué, chiffré ou mal formé)."),
    PLAGES_PAGES_INVALIDES("Les plages de pages doivent couvrir les pages {premiere} à {derniere} du lot, dans "
            + "l'ordre, sans chevauchement."),
    COURRIEL_DEMANDEUR_ABSENT("Le demandeur n'a pas d'adresse électronique : la copie numérique ne peut pas lui "
            + "être envoyée."),

    // Conflicts with the state of the registry (problem "conflit", 409)
    DOUBLON("{prenoms} {nom} a déjà une demande active sur ce territoire : {numero}. Modifiez ou renouvelez cette "
            + "demande plutôt que d'en créer une nouvelle.", "(Sous erreurs : valeur déjà indiquée dans la liste.)"),
    IDEMPOTENCE_CLE_REUTILISEE("La clé d'idempotence « {cle} » a déjà servi pour une autre demande : utilisez "
            + "une clé nouvelle par demande."),
    TRAITEMENT_EN_COURS("Un traitement quotidien est déjà en cours : réessayez quand il sera terminé."),
    MODIFICATION_CONCURRENTE("La demande {numero} a été modifiée depuis sa version {version} : relisez-la et "
            + "refaites la modification sur sa version actuelle."),

    // Administration of the registry of desks (R441-2-5 CCH; field by field under "donnees-invalides")
    GUICHET_EXISTANT("Le code {code} est déjà celui d'un guichet : choisissez-en un autre."),
    IDENTIFIANT_EXISTANT("L'identifiant {identifiant} est déjà pris : choisissez-en un autre."),
    COURRIEL_EXISTANT("Un compte d'agent a déjà l'adresse {courriel}."),

    // Lifecycle: modification, renewal, warning, radiation, reactivation, separation (R441-2-7, R441-2-8 CCH;
    // problem "conflit", 409, unless said; field by field under "donnees-invalides", 422)
    DEMANDE_NON_ACTIVE("La demande {numero} est radiée : elle ne peut pas être {action}."),
    DEMANDE_ACTIVE("La demande {numero} est active : il n'y a rien à réactiver."),
    VERSION_REQUISE("Une modification se fait sur la version lue : renvoyez dans l'en-tête If-Match l'ETag de la "
            + "demande (lu par GET /v1.0/demandes/ suivi de son numéro unique)."),
    VERSION_INVALIDE("En-tête If-Match inutilisable ({raison}) : renvoyez-y l'ETag de la version lue, un seul et tel "
            + "que GET l'a donné (par exemple \"v3\") ; rien n'a été écrit."),
    VERSION_PERIMEE("La demande {numero} a été modifiée depuis sa version {version} : relisez-la (nouvel ETag) et "
            + "refaites votre changement sur sa version actuelle."),
    DATE_DEPOT_NON_MODIFIABLE("La date de dépôt d'une demande ne change jamais ({dateDepot}) : elle fonde son "
            + "ancienneté."),
    TERRITOIRE_NON_MODIFIABLE("Les communes souhaitées relèvent du territoire {territoire} : une demande reste dans "
            + "son territoire ({territoireDemande}) ; déposez-en une autre pour celui-ci."),
    RENOUVELLEMENT_HORS_FENETRE("La demande {numero} est valable jusqu'au {dateFinValidite} : elle pourra être "
            + "renouvelée à partir du {renouvelablePartirDu}."),
    MOTIF_INCONNU("Motif inconnu ou non admis ici (article R441-2-8 du CCH) : {admis}."),
    RADIATION_RESERVEE_AU_TRAITEMENT("La radiation pour non-renouvellement (motif e) est prononcée par le traitement "
            + "de nuit, un mois après la fin de validité ; un guichet ne peut pas la demander."),
    RADIATION_RESERVEE_AU_BAILLEUR("Seul un bailleur peut radier ou avertir pour le motif {motif} ({libelle})."),
    AVERTISSEMENT_REQUIS("Une radiation pour le motif {motif} ({libelle}) suppose que votre guichet ait averti le "
            + "demandeur au moins un mois avant (article L441-2-1 du CCH) : enregistrez d'abord l'avertissement."),
    DELAI_AVERTISSEMENT_NON_ECOULE("Le demandeur a été averti il y a moins d'un mois (article L441-2-1 du CCH) : la "
            + "radiation sera possible à partir du {radiationPossibleLe}."),
    REACTIVATION_IMPOSSIBLE("Une demande radiée pour le motif {motif} ({libelle}) ne peut pas être réactivée."),
    REACTIVATION_HORS_DELAI("La demande {numero} pouvait être réactivée jusqu'au {reactivableJusquAu} ; déposez une "
            + "nouvelle demande."),
    REACTIVATION_RESERVEE_AU_GUICHET_RADIANT("La demande {numero} a été radiée pour absence de réponse par le "
            + "guichet {radieePar} : lui seul peut la réactiver."),
    CO_DEMANDEUR_INTROUVABLE("La demande {numero} n'a pas ce co-demandeur (elle en compte {nombre})."),
    DEMANDEUR_DIFFERENT_DU_CO_DEMANDEUR("La nouvelle demande est celle du co-demandeur qui part ({prenoms} {nom}) : "
            + "il en est le demandeur."),
    GUICHET_REQUIS("Seul un guichet enregistreur peut changer une demande par cette API."),
    FUSION_RESERVEE_AU_GESTIONNAIRE("La fusion de deux demandes d'une même personne (motif f de l'article "
            + "R441-2-8 du CCH) est l'acte du gestionnaire territorial sur son territoire, ou de l'administrateur "
            + "national : un guichet ne radie pas pour ce motif."),
    FUSION_MEME_DEMANDE("Une demande ne se fusionne pas avec elle-même : indiquez le numéro de l'autre demande de "
            + "la personne, celle qui est conservée."),
    FUSION_DEMANDE_CONSERVEE_INTROUVABLE("Aucune demande {numero} sur votre territoire : la demande conservée doit "
            + "exister et vous être visible."),
    FUSION_DEMANDE_CONSERVEE_NON_ACTIVE("La demande {numero} est radiée : seule une demande active peut être "
            + "conservée."),
    FUSION_PERSONNES_DIFFERENTES("Les demandes {numero} et {numeroConserve} ne sont pas celles d'une même "
            + "personne : ni le même NIR, ni la même date de naissance avec des noms proches."),
    FUSION_NON_CONFIRMEE("Confirmez que les deux demandes sont celles d'une même personne : la fusion radie la "
            + "demande {numero} et ne peut pas être défaite."),

    // Issue 15, §3 (réservataires and gestion en flux, fr.sne.attribution Reservataire*/PartFlux*): the list of
    // réservataires of a territory (404, 403, field by field under "donnees-invalides") and the caps of their shares
    // of a bailleur's flux (décret 2020-145, R441-5 CCH; field "part" under "donnees-invalides", 422)
    RESERVATAIRE_INTROUVABLE("Aucun réservataire {id} sur votre territoire."),
    RESERVATAIRES_HORS_TERRITOIRE("Les réservataires du territoire {territoire} ne sont pas de votre périmètre."),
    RESERVATAIRES_RESERVES_AU_GESTIONNAIRE("La liste des réservataires et leurs parts des flux sont tenues par le "
            + "gestionnaire territorial de leur territoire, ou par l'administration nationale."),
    RESERVATAIRE_EXISTANT("Le territoire a déjà un réservataire nommé « {nom} »."),
    RESERVATAIRE_GUICHET_INADMIS("Le guichet {code} ne peut pas agir pour un réservataire : seul un guichet de votre "
            + "territoire, de type « Autre réservataire » ou « Action Logement », le peut."),
    RESERVATAIRE_GUICHET_DEJA_LIE("Le guichet {code} agit déjà pour un autre réservataire ({reservataire})."),
    PART_FLUX_BAILLEUR_HORS_TERRITOIRE("Aucun bailleur de SIREN {siren} n'a de logements sur le territoire "
            + "{territoire}."),
    PART_FLUX_PLAFOND_ETAT("Avec cette part, l'État réserverait {total} % du flux du bailleur {siren} en {annee} : "
            + "le préfet réserve au plus 30 % des logements mis en attribution dans l'année, publics prioritaires et "
            + "agents de l'État ensemble (article R441-5 du CCH, décret 2020-145) ; rien n'a été enregistré."),
    PART_FLUX_PLAFOND_AGENTS_ETAT("Avec cette part, les agents de l'État auraient {total} % du flux du bailleur "
            + "{siren} en {annee} : au plus 5 %, compris dans les 30 % du préfet (article R441-5 du CCH) ; rien n'a "
            + "été enregistré."),
    PART_FLUX_TOTAL_DEPASSE("Avec cette part, les réservataires auraient ensemble {total} % du flux du bailleur "
            + "{siren} en {annee} : au plus 100 % ; rien n'a été enregistré."),
    // Gestion partagée: events of the catalogue and priorities (issue 15 §1 and §3, ADR 0013; field by field under
    // "donnees-invalides", 422, unless said)
    EVENEMENT_INCONNU("Code d'événement « {code} » absent du catalogue national des événements de la gestion "
            + "partagée (GET /v1.0/evenements/catalogue)."),
    EVENEMENT_RESERVE_DECISION_CAL("L'événement {code} ({libelle}) est créé par le registre quand une décision de "
            + "la commission d'attribution (CALEOL) est enregistrée : il ne se saisit jamais à la main."),
    EVENEMENT_DU_CYCLE_DE_VIE("L'événement {code} ({libelle}) découle du cycle de vie de la demande : il naît de "
            + "l'enregistrement, du renouvellement, de l'avertissement, de la radiation ou de la réactivation "
            + "elle-même, pas d'une saisie."),
    EVENEMENT_NON_AUTORISE_GUICHET("Un guichet de type {type} ne saisit pas l'événement {code} ({libelle}) : il "
            + "revient aux guichets de type {types} (403)."),
    VUE_INCONNUE("Vue inconnue : « demandeur » (ce que voit le demandeur) ou rien (tous les événements)."),
    VISIBILITE_HORS_TERRITOIRE("Le territoire {territoire} n'est pas le vôtre : seul son gestionnaire territorial, "
            + "ou l'administration nationale, règle ce que ses demandeurs voient (403)."),
    // Issue 15, section 2 — the attribution chain: dwellings, commissions, decisions, answers, leases (R441-3 CCH;
    // 403 a guichet that may not act for the bailleur, 404 unknown, 409 the state of the chain, 422 field by field)
    GUICHET_SANS_BAILLEUR("Le guichet {guichet} n'est rattaché à aucun bailleur : seul le guichet d'un bailleur "
            + "déclare ses logements, tient ses commissions et enregistre leurs décisions."),
    LOGEMENT_D_UN_AUTRE_BAILLEUR("Le logement {logement} est celui d'un autre bailleur : seuls les guichets de son "
            + "bailleur l'inscrivent en commission et enregistrent ses décisions et son bail."),
    LOGEMENT_INTROUVABLE("Aucun logement {logement} mis en attribution."),
    DESIGNATION_NON_AUTORISEE("Ce guichet ne peut pas désigner de candidat pour le logement {logement} : seuls les "
            + "guichets de son réservataire le peuvent, ou ceux de son bailleur quand il n'est réservé à personne ou "
            + "que son réservataire n'a pas de guichet."),
    COMMISSION_INTROUVABLE("Aucune commission d'attribution {commission}."),
    CANDIDATS_INSUFFISANTS("La commission examine au moins trois demandes par logement (article R441-3 du CCH) : le "
            + "logement {logement} n'en a que {nombre}. Indiquez l'exception qui le permet (désignation DALO par le "
            + "préfet, logement PLAI adapté, insuffisance de candidats)."),
    CANDIDAT_EN_DOUBLE("La demande {numero} figure deux fois parmi les candidats du logement {logement}."),
    CANDIDAT_HORS_COMMISSION("La demande {numero} n'est pas candidate au logement {logement} dans la commission "
            + "{commission} : une décision ne porte que sur un candidat examiné."),
    DECISION_DEJA_RENDUE("La commission a déjà rendu sa décision sur la demande {numero} pour le logement "
            + "{logement}."),
    CANDIDAT_NON_ATTRIBUTAIRE("La demande {numero} n'a pas reçu d'attribution du logement {logement} : il n'y a pas "
            + "de réponse du demandeur à enregistrer."),
    REPONSE_DEJA_DONNEE("Le demandeur de la demande {numero} a déjà répondu pour le logement {logement}."),
    ATTRIBUTAIRE_MIEUX_CLASSE("Le logement {logement} revient d'abord à la demande {numero}, mieux classée : il ne "
            + "passe au suivant que si elle le refuse."),
    ACCEPTATION_REQUISE("Le demandeur de la demande {numero} n'a pas accepté le logement {logement} : enregistrez son "
            + "acceptation avant le bail."),
    BAIL_DEJA_SIGNE("Un bail est déjà signé pour le logement {logement}."),

    // Issue 16 §1, the movement feed (fr.sne.echanges, GET /v1.0/mouvements, ADR 0020): a cursor that does not open
    // (400, problem "requete-illisible") or is too old (410, problem "curseur-expire")
    CURSEUR_INVALIDE("Ce curseur n'a pas été délivré par le registre à ce guichet pour ces communes : reprenez le "
            + "curseurSuivant de la dernière page reçue, ou repartez d'une date (depuis)."),
    CURSEUR_EXPIRE("Ce curseur a expiré : resynchronisez votre copie (export, ou flux depuis une date) puis "
            + "reprenez le flux avec le nouveau curseur."),

    // Issue 16 §3, the XML contract (fr.sne.echanges, POST and PUT /v1.0/demandes in application/xml, ADR 0021): a
    // document refused before its data is read (400, problem "requete-illisible", field = the element's path)
    XML_MAL_FORME("Le document n'est pas un XML bien formé : {raison}"),
    XML_DTD_REFUSEE("Un document ne peut pas déclarer de DTD (<!DOCTYPE …>) : ni DTD, ni entités, internes ou "
            + "externes, ne sont lues."),
    XML_XINCLUDE_REFUSE("XInclude n'est pas admis : un document se suffit à lui-même."),
    XML_LIMITE_DEPASSEE("Le document dépasse une limite du registre : {limite}."),
    XML_NON_CONFORME("Non conforme au schéma {schema} : {raison}"),
    XML_ELEMENT_RESERVE("Cet élément est réservé à une version ultérieure du schéma ; il ne peut pas encore être "
            + "envoyé."),

    // Issue 16 §2, the bulk exports (fr.sne.echanges, /v1.0/exports, ADR 0022): an entity the registry does not
    // hold yet (422, field entites[i]), a place outside the caller's territory (403, field localisation...), a file
    // not ready (409), expired (410), a range beyond the file (416)
    ENTITE_NON_DISPONIBLE("Le registre ne tient pas encore de données {entite} : retirez-la des entités demandées."),
    LOCALISATION_HORS_PERIMETRE("{lieu} n'est pas dans le territoire de votre guichet : un export ne porte que sur "
            + "les demandes que vous pouvez voir."),
    EXPORT_NON_PRET("L'export n'est pas prêt (état {etat}) : consultez son état jusqu'à PRET avant de télécharger "
            + "son fichier."),
    EXPORT_EXPIRE("L'export a expiré ({motif}) : son fichier a été supprimé ; demandez-en un nouveau."),
    PLAGE_NON_SATISFIABLE("La plage demandée ne se trouve pas dans le fichier ({taille} octets)."),

    // Issue 17, pièces justificatives (fr.sne.pieces, helper A "pieces", ADR 0023): the lodging of a piece — its file
    // field by field (422, field fichier, pages, personne, categorie), a full category or the same file twice (409),
    // the deletion (403) — and the filing plan the national administrator publishes (403, 422 field by field)
    CATEGORIE_INCONNUE("« {categorie} » n'est pas une catégorie du plan de classement en vigueur (version {version})."),
    CATEGORIE_PLEINE("La catégorie {categorie} compte déjà {maximum} pièce(s), son maximum : supprimez-en une avant "
            + "d'en déposer une autre (une pièce obsolète peut l'être par tout guichet du territoire ; "
            + "piecesObsoletes les nomme)."),
    PIECE_EN_DOUBLE("Ce fichier figure déjà sur la demande (pièce {piece}) : une pièce n'est déposée qu'une fois."),
    PIECE_VIDE("Le fichier est vide."),
    PIECE_TROP_VOLUMINEUSE("Le fichier dépasse la taille admise pour une pièce ({max} octets)."),
    TYPE_PIECE_NON_ADMIS("Le contenu du fichier ({type}) n'est pas admis : une pièce est un PDF, un JPEG ou un PNG, "
            + "reconnu à son contenu."),
    CONTENU_NON_CONFORME("Le fichier se présente comme {annonce} mais son contenu est {type} : rien n'a été déposé."),
    PIECE_ILLISIBLE("Le fichier ne peut pas être lu comme un {type} : envoyez-le de nouveau, entier et non "
            + "endommagé."),
    PIECE_TRONQUEE("Le fichier est incomplet (sa fin manque) : envoyez-le de nouveau, entier."),
    PDF_CHIFFRE("Le PDF est chiffré ou protégé par un mot de passe : envoyez-le sans protection."),
    PDF_JAVASCRIPT("Le PDF contient du JavaScript : une pièce n'en contient pas."),
    PDF_FICHIER_INCORPORE("Le PDF contient des fichiers incorporés : une pièce n'en contient pas ; déposez chaque "
            + "document comme une pièce."),
    IMAGE_TROP_GRANDE("L'image annonce {largeur} × {hauteur} pixels : une pièce en a au plus {max} (et au plus "
            + "{cote} de côté)."),
    NOM_FICHIER_INVALIDE("Le nom du fichier ne contient ni chemin (/ ou \\), ni « .. », ni caractère de contrôle, "
            + "et compte au plus 255 caractères."),
    PAGES_INVALIDES("Plages de pages invalides : {raison}."),
    PERSONNE_INCONNUE("« {personne} » ne désigne aucune personne du ménage de la demande (DEMANDEUR, "
            + "CO_DEMANDEUR:n ou PERSONNE_A_CHARGE:n)."),
    SUPPRESSION_PIECE_NON_AUTORISEE("Seuls le guichet qui a déposé cette pièce et le gestionnaire territorial la "
            + "suppriment ; une pièce obsolète, tout guichet du territoire."),
    RECLASSEMENT_INUTILE("La pièce est déjà de la catégorie {categorie}."),
    PLAN_RESERVE_ADMINISTRATION_NATIONALE("Le plan de classement est modifié par l'administration nationale "
            + "seulement."),
    PLAN_CATEGORIE_EN_DOUBLE("La catégorie {categorie} figure deux fois dans le plan."),
    PLAN_CATEGORIE_REQUISE("Le plan doit garder la catégorie {categorie} ({raison})."),
    PLAN_CATEGORIE_UTILISEE("La catégorie {categorie} tient encore {nombre} pièce(s) : reclassez-les avant de la "
            + "retirer du plan."),
    PLAN_OBSOLESCENCE_INVALIDE("Règle d'obsolescence inconnue : AUCUNE, ANNEES:n (n de 1 à 9) ou DUREE:période ISO "
            + "8601 (P6M, P1Y, P90D…)."),

    // Authentication and authorisation (401, 403)
    NON_AUTHENTIFIE("Authentification requise."),
    JETON_ABSENT("Jeton d'accès absent : en-tête Authorization: Bearer attendu."),
    JETON_INVALIDE("Jeton d'accès invalide, expiré ou d'un émetteur non reconnu."),
    JETON_MALFORME("Le jeton d'accès est illisible : un jeton signé est attendu (trois parties en base64url séparées "
            + "par des points)."),
    JETON_SIGNATURE_INVALIDE("La signature du jeton d'accès est absente ou ne correspond à aucune clé de l'émetteur "
            + "reconnu."),
    JETON_SANS_EXPIRATION("Le jeton d'accès ne porte pas de date d'expiration (exp) : il est refusé."),
    JETON_EXPIRE("Le jeton d'accès a expiré le {expiration} : demandez-en un nouveau."),
    JETON_PAS_ENCORE_VALIDE("Le jeton d'accès n'est valable qu'à partir du {debut} (nbf) : vérifiez l'horloge de "
            + "l'émetteur."),
    JETON_EMETTEUR_INVALIDE("Le jeton d'accès n'a pas été émis par l'émetteur que le registre reconnaît."),
    JETON_AUDIENCE_INVALIDE("Le jeton d'accès n'est pas destiné à l'API du registre : son audience (aud) doit "
            + "nommer {audience}."),
    ACCES_REFUSE("Accès refusé."),
    // Issue 18, socle of the portal (ADR 0027): attaching a demande to an applicant's account by numéro and
    // personal code (the same refusal whether the numéro exists or not), and the attempts refused for a while
    RATTACHEMENT_REFUSE("Le numéro unique ou le code personnel est incorrect."),
    RATTACHEMENT_FREINE("Trop d'essais incorrects : réessayez dans {minutes} minutes."),
    GUICHET_INCONNU("L'appelant n'est pas un guichet enregistreur connu du registre."),
    GUICHET_INACTIF("Ce guichet enregistreur n'est plus actif."),
    TERRITOIRE_INCOHERENT("Le jeton indique un territoire qui n'est pas celui du guichet."),
    CLIENT_REVOQUE("Ce client de l'API a été révoqué."),
    CLIENT_SANS_GUICHET("Ce client de l'API n'est rattaché à aucun guichet enregistreur."),
    ACTEUR_SANS_GUICHET("Seul un guichet enregistreur enregistre une demande (article L441-2-1 du CCH) : cet "
            + "acteur n'agit pour aucun guichet."),
    DROITS_EXPLOITATION_REQUIS("Cette opération est réservée à l'exploitation du registre."),
    TRAITEMENT_NATIONAL_REQUIS("Le traitement quotidien porte sur tout le registre : seul un client de "
            + "l'administration nationale peut le lancer, pas celui d'un gestionnaire territorial."),
    // Issue 16 §0 — habilitations per capability (ADR 0017): the 403 of a call whose client lacks the habilitation
    // its operation needs (member "habilitation" of the problem), and the administration form that grants them
    HABILITATION_MANQUANTE("Ce client de l'API ne détient pas l'habilitation « {habilitation} » que demande cette "
            + "opération : le gestionnaire territorial du guichet l'accorde dans les pages d'administration."),
    HABILITATION_INCONNUE("Habilitation inconnue ou pas encore en service : {habilitation}."),
    // Issue 17 (helper D, instruction) — per-agent profiles (ADR 0026) and the qualification of pieces
    PROFIL_INCONNU("Profil d'agent inconnu : {profil}."),
    PROFIL_INSTRUCTION_REQUIS("Qualifier une pièce demande le profil « instruction » (un agent à qui le gestionnaire "
            + "territorial l'a accordé) ou l'habilitation « instruction » (un client de l'API)."),
    QUALIFICATION_INVALIDE("Qualification attendue : VALIDE, INEXPLOITABLE ou HORS_LISTE (OBSOLETE est calculée "
            + "chaque nuit selon la règle de la catégorie)."),
    PIECE_OBSOLETE("Cette pièce est obsolète selon la règle de sa catégorie : elle ne se qualifie plus, elle se "
            + "supprime."),
    AUTHENTIFICATION_SUSPENDUE("Trop d'échecs d'authentification pour ce client ou depuis cette adresse : "
            + "réessayez après le délai indiqué par l'en-tête Retry-After."),

    // Issue 17 §3 "centre" — the national entry centre of paper Cerfas (ADR 0025): a national guichet, the queue of
    // scanned Cerfas waiting for data entry
    GUICHET_NATIONAL_RESERVE("Seule l'administration nationale crée un guichet national (centre national de saisie) : "
            + "il enregistre des demandes sur tous les territoires."),
    CERFA_DEJA_RECU("Ce Cerfa numérisé a déjà été reçu (même contenu) : il attend sa saisie par le centre national."),
    CERFA_DEJA_SAISI("Ce Cerfa numérisé a déjà été reçu et saisi : sa demande est enregistrée."),
    CERFA_HORS_CENTRE("Seul le centre national de saisie traite la file des Cerfas numérisés."),
    CERFA_PDF_ATTENDU("Le Cerfa numérisé est attendu en PDF (reconnu à son contenu, non à son nom) : {raison}."),
    CERFA_PDF_REFUSE("Ce PDF est refusé : {raison}."),
    // Issue 18 §3, helper C "suivi" (the portal's follow-up, ADR 0029): the gestionnaire territorial reactivates a
    // demande radiated for non-renewal only when its applicant signed in during the renewal period (409)
    REACTIVATION_SANS_CONNEXION("Le gestionnaire territorial réactive la demande {numero} radiée pour non-"
            + "renouvellement seulement si le demandeur s'est connecté au portail pendant sa période de renouvellement "
            + "; sinon, un guichet la réactive dans son délai."),
    // Issue 18 §2, helper B "depot" — the applicant's own acts on the public portal (ADR 0028): what stays a
    // guichet's (409 "conflit"), the civil status he does not change himself, his filing draft (404)
    ACTE_RESERVE_AUX_GUICHETS("Le demandeur ne peut pas faire cet acte lui-même ({action}) : il s'adresse à un "
            + "guichet enregistreur."),
    ETAT_CIVIL_RESERVE_AUX_GUICHETS("Le nom, les prénoms, la date de naissance et le NIR d'une personne de la demande "
            + "{numero} se corrigent à un guichet enregistreur, sur justificatif d'identité."),
    DEMANDE_NON_RATTACHEE("La demande {numero} n'est pas rattachée au compte de ce demandeur : il n'agit que sur les "
            + "siennes."),
    COMMUNE_AMBIGUE("Plusieurs communes portent le nom « {nom} » : précisez son code postal."),
    // Issue 19 §3, helper D "drm-lecture" — who reads the resources of the Dispositif des ressources mensuelles (ADR
    // 0031): the agent's profile DRM or the client's habilitation drm, the guichet switched on; the switch's page
    DRM_PROFIL_REQUIS("Les ressources de la DRM sont réservées aux agents qui détiennent le profil DRM et aux logiciels "
            + "qui détiennent l'habilitation « drm »."),
    DRM_GUICHET_NON_OUVERT("Le guichet {guichet} n'est pas ouvert à la DRM : son gestionnaire territorial l'ouvre dans "
            + "l'administration (Ressources DRM)."),
    DRM_GUICHET_HORS_PERIMETRE("Le guichet {guichet} n'existe pas ou n'est pas de votre territoire : seul le "
            + "gestionnaire territorial de son territoire, ou l'administration nationale, l'ouvre à la DRM."),
    // Requests refused by the protocol or the server (problem "requete-illisible", "requete-refusee"…)
    REQUETE_ILLISIBLE("La requête est mal formée."),
    REQUETE_REFUSEE("La requête a été refusée."),
    IDEMPOTENCE_CLE_MULTIPLE("Une requête porte une seule clé d'idempotence : l'en-tête Idempotency-Key figure "
            + "plusieurs fois ou contient une liste (virgule), aucune n'a été retenue et rien n'a été enregistré."),
    INTROUVABLE("Aucune ressource à cette adresse (ou hors de votre territoire)."),
    DONNEES_EFFACEES("Les données nominatives de cette demande ont été effacées un an après sa radiation (décret "
            + "2017-917, article 4) : il n'en reste qu'une trace anonyme."),
    // Issue 19 §2, helper C "drm-socle" (ADR 0030): the DRM's monthly refresh run on demand while another runs.
    DRM_RELEVE_EN_COURS("Un relevé mensuel DRM est déjà en cours : réessayez quand il sera lancé."),
    METHODE_NON_AUTORISEE("Cette méthode n'est pas admise à cette adresse."),
    FORMAT_NON_ACCEPTABLE("Le format de réponse demandé (en-tête Accept) n'est pas disponible : application/json."),
    TYPE_MEDIA_NON_SUPPORTE("Type de corps non admis : application/json est attendu (en-tête Content-Type), sans "
            + "compression."),
    DELAI_DEPASSE("La requête n'a pas été reçue à temps."),
    CORPS_TROP_VOLUMINEUX("Le corps de la requête dépasse la taille admise."),
    URI_TROP_LONGUE("L'adresse de la requête est trop longue."),
    EN_TETES_TROP_VOLUMINEUX("Les en-têtes de la requête sont trop volumineux."),
    TROP_DE_REQUETES("Trop de requêtes : réessayez après le délai indiqué par l'en-tête Retry-After."),
    SERVICE_INDISPONIBLE("Le registre est momentanément indisponible."),
    ERREUR_INTERNE("Erreur interne du registre ; rien n'a été enregistré. Communiquez l'identifiant de corrélation "
            + "au support.");

    private static final Pattern PARAMETRE = Pattern.compile("\\{(\\w+)}");

    private final String modele;
    private final String emploi;

    CodeMotif(String modele) {
        this(modele, "");
    }

    /** @param emploi a note on the code's other uses, published with its meaning but never in a message */
    CodeMotif(String modele, String emploi) {
        this.modele = modele;
        this.emploi = emploi;
    }

    /** The code's meaning as the OpenAPI description publishes it: its template, and its other uses if any. */
    public String signification() {
        return emploi.isEmpty() ? modele : modele + " " + emploi;
    }

    /** The French message template, with {@code {name}} placeholders. */
    public String modele() {
        return modele;
    }

    /** The message of a template without placeholders. */
    public String message() {
        return message(Map.of());
    }

    /**
     * The template with each {@code {name}} replaced by its value.
     *
     * @throws IllegalArgumentException if a placeholder has no value (a message is never half-written)
     */
    public String message(Map<String, ?> valeurs) {
        Matcher m = PARAMETRE.matcher(modele);
        StringBuilder resultat = new StringBuilder();
        while (m.find()) {
            Object valeur = valeurs.get(m.group(1));
            if (valeur == null) {
                throw new IllegalArgumentException("Valeur manquante pour {" + m.group(1) + "} du motif " + name());
            }
            m.appendReplacement(resultat, Matcher.quoteReplacement(valeur.toString()));
        }
        return m.appendTail(resultat).toString();
    }
}
