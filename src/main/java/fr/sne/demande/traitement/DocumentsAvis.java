package fr.sne.demande.traitement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.application.port.Demandes;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.Pays;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.ReferentielPays;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The per-letter part of the nightly pass, after its SQL has committed: the PDF batches of letters (one per
 * guichet and day, written to {@link Stockage} under the key recorded in {@code avis_renouvellement.lot_courrier},
 * rewritten identically from the table if the pass runs again) and the notice e-mails (each marked
 * {@code courriel_envoye_le} once the SMTP server has accepted it, so that a rerun sends only those not sent).
 */
@Component
public class DocumentsAvis {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentsAvis.class);

    private final JdbcClient jdbc;
    private final GenerateurAvis generateur;
    private final Stockage stockage;
    private final ObjectProvider<JavaMailSender> courrier;
    private final Demandes demandes;
    private final Nomenclatures nomenclatures;
    private final ReferentielGeographique geographie;
    private final ReferentielPays pays;
    private final Clock horloge;
    private final String expediteur;
    private final java.time.Period conservationLots;

    DocumentsAvis(JdbcClient jdbc, GenerateurAvis generateur, Stockage stockage, ObjectProvider<JavaMailSender> courrier,
            Demandes demandes, Nomenclatures nomenclatures, ReferentielGeographique geographie, ReferentielPays pays,
            Clock horloge, @Value("${sne.courriel.expediteur:ne-pas-repondre@sne.localhost}") String expediteur,
            @Value("${sne.stockage.conservation-lots:P3M}") java.time.Period conservationLots) {
        this.jdbc = jdbc;
        this.generateur = generateur;
        this.stockage = stockage;
        this.courrier = courrier;
        this.demandes = demandes;
        this.nomenclatures = nomenclatures;
        this.geographie = geographie;
        this.pays = pays;
        this.horloge = horloge;
        this.expediteur = expediteur;
        this.conservationLots = conservationLots;
    }

    /**
     * Writes the batches of letters of {@code jour}, and of every earlier day whose batches were not all written
     * (a run stopped halfway), then marks those days done.
     *
     * @return the number of letters written
     */
    public int ecrireLots(LocalDate jour) {
        List<LocalDate> jours = jdbc.sql("""
                select jour from traitement_quotidien
                 where jour <= :jour and termine_le is not null and (documents_termines_le is null or jour = :jour)
                 order by jour""").param("jour", jour).query(LocalDate.class).list();
        int lettres = 0;
        for (LocalDate j : jours) {
            for (String lot : jdbc.sql("""
                    select distinct lot_courrier from avis_renouvellement
                     where jour_traitement = :jour and lot_courrier is not null order by lot_courrier""")
                    .param("jour", j).query(String.class).list()) {
                lettres += ecrireLot(lot, j);
            }
            jdbc.sql("update traitement_quotidien set documents_termines_le = coalesce(documents_termines_le, :h) "
                    + "where jour = :jour").param("h", Timestamp.from(Instant.now(horloge))).param("jour", j).update();
        }
        return lettres;
    }

    /**
     * Deletes the batches of letters older than {@code sne.stockage.conservation-lots} (three months by default:
     * printed and posted long since), since they hold names and addresses; their notices then name no batch.
     *
     * @return the number of batches deleted
     */
    public int supprimerLotsAnciens(LocalDate jour) {
        List<String> lots = jdbc.sql("""
                select distinct lot_courrier from avis_renouvellement
                 where lot_courrier is not null and jour_traitement <= :limite""")
                .param("limite", jour.minus(conservationLots)).query(String.class).list();
        for (String lot : lots) {
            stockage.supprimer(lot);
            jdbc.sql("update avis_renouvellement set lot_courrier = null where lot_courrier = :lot")
                    .param("lot", lot).update();
        }
        return lots.size();
    }

    /** Writes one batch from the table (same letters, same bytes); returns its number of letters. */
    int ecrireLot(String lot, LocalDate jour) {
        List<LettreAvis> lettres = jdbc.sql(LETTRES + " where a.lot_courrier = :lot order by d.numero_unique")
                .param("lot", lot).query((rs, i) -> lettre(rs.getString("numero_unique"), rs.getString("contenu"),
                        rs.getObject("date_fin_validite", LocalDate.class), rs.getString("nom_guichet"),
                        List.of(rs.getString("l1") == null ? "" : rs.getString("l1"),
                                rs.getString("l2") == null ? "" : rs.getString("l2"),
                                (rs.getString("cp") == null ? "" : rs.getString("cp") + " ")
                                        + (rs.getString("commune") == null ? "" : rs.getString("commune")))))
                .list();
        if (lettres.isEmpty()) {
            return 0;
        }
        String guichet = lot.substring(lot.lastIndexOf('/') + 1, lot.lastIndexOf('.'));
        stockage.ecrire(lot, generateur.lot(guichet, jour, lettres));
        return lettres.size();
    }

    private static final String LETTRES = """
            select d.numero_unique, d.contenu, a.date_fin_validite, a.demande_id, a.adresse_courriel,
                   coalesce(g.nom, a.guichet) as nom_guichet, g.adresse_ligne1 as l1, g.adresse_ligne2 as l2,
                   g.code_postal as cp, g.commune
              from avis_renouvellement a
              join demande d on d.id = a.demande_id and d.purgee_le is null
              left join guichet g on g.code = a.guichet""";

    /**
     * Sends the notice e-mails decided on or before {@code jour} and not sent yet, by groups over one SMTP
     * connection, each marked sent once the server accepted it (a stop between the two sends it again on the next
     * run: at least once). Without a mail server configured, they stay pending.
     *
     * @return the number of e-mails sent
     */
    public int envoyerCourriels(LocalDate jour) {
        JavaMailSender envoi = courrier.getIfAvailable();
        List<Courriel> aEnvoyer = jdbc.sql(LETTRES + "\n" + """
                 where a.par_courriel and a.courriel_envoye_le is null and a.jour_traitement <= :jour
                   and a.adresse_courriel is not null
                 order by a.jour_traitement, d.numero_unique""")
                .param("jour", jour)
                .query((rs, i) -> new Courriel(rs.getLong("demande_id"),
                        rs.getObject("date_fin_validite", LocalDate.class), rs.getString("adresse_courriel"),
                        lettre(rs.getString("numero_unique"), rs.getString("contenu"),
                                rs.getObject("date_fin_validite", LocalDate.class), rs.getString("nom_guichet"),
                                List.of())))
                .list();
        if (aEnvoyer.isEmpty()) {
            return 0;
        }
        if (envoi == null) {
            LOG.warn("{} avis de renouvellement à envoyer par courriel, mais aucun serveur SMTP configuré "
                    + "(spring.mail.host) : ils restent en attente", aEnvoyer.size());
            return 0;
        }
        int envoyes = 0;
        for (int debut = 0; debut < aEnvoyer.size(); debut += PAR_CONNEXION) {
            List<Courriel> groupe = aEnvoyer.subList(debut, Math.min(aEnvoyer.size(), debut + PAR_CONNEXION));
            Map<MimeMessage, Courriel> messages = new LinkedHashMap<>();
            for (Courriel c : groupe) {
                try {
                    messages.put(message(envoi, c, jour), c);
                } catch (MessagingException e) {
                    LOG.warn("Avis de renouvellement de la demande {} : courriel impossible à rédiger : {}",
                            c.lettre().numeroUnique(), e.getMessage());
                }
            }
            Set<Object> echecs = new HashSet<>();
            try {
                envoi.send(messages.keySet().toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                // the messages the server did not accept; the others were sent
                echecs.addAll(e.getFailedMessages().keySet());
                LOG.warn("{} avis de renouvellement non acceptés par le serveur SMTP ; renvoyés au prochain passage",
                        echecs.isEmpty() ? messages.size() : echecs.size());
                if (echecs.isEmpty()) {
                    echecs.addAll(messages.keySet());
                }
            } catch (MailException e) {
                LOG.warn("Serveur SMTP injoignable ({}) : avis de renouvellement renvoyés au prochain passage",
                        e.getMessage());
                return envoyes;
            }
            for (Map.Entry<MimeMessage, Courriel> m : messages.entrySet()) {
                if (!echecs.contains(m.getKey())) {
                    envoyes += marquerEnvoye(m.getValue().demande(), m.getValue().fin());
                }
            }
        }
        return envoyes;
    }

    /** Messages sent over one SMTP connection (one connection per message is ten times slower). */
    static final int PAR_CONNEXION = 50;

    private MimeMessage message(JavaMailSender envoi, Courriel c, LocalDate jour) throws MessagingException {
        String texte = generateur.courriel(c.lettre(), jour);
        int fin = texte.indexOf('\n');
        MimeMessage message = envoi.createMimeMessage();
        MimeMessageHelper redaction = new MimeMessageHelper(message, "UTF-8");
        redaction.setFrom(expediteur);
        redaction.setTo(c.adresse());
        redaction.setSubject(texte.substring(0, fin).strip());
        redaction.setText(texte.substring(fin + 1));
        return message;
    }

    private int marquerEnvoye(long demande, LocalDate fin) {
        return jdbc.sql("""
                update avis_renouvellement set courriel_envoye_le = :h
                 where demande_id = :demande and date_fin_validite = :fin and courriel_envoye_le is null""")
                .param("h", Timestamp.from(Instant.now(horloge))).param("demande", demande).param("fin", fin)
                .update();
    }

    /** A notice to e-mail: its key in {@code avis_renouvellement}, the address, the letter. */
    private record Courriel(long demande, LocalDate fin, String adresse, LettreAvis lettre) {
    }

    private LettreAvis lettre(String numero, String contenuJson, LocalDate fin, String guichet,
            List<String> adresseGuichet) {
        ContenuDemande contenu = demandes.lireContenu(contenuJson);
        ContenuDemande.Personne p = contenu.demandeur();
        String civilite = p.civilite() == null ? "" : nomenclatures.libelle("ListeCivilite", p.civilite()).orElse("");
        String nom = p.nomUsage() != null ? p.nomUsage() : p.nomNaissance();
        String destinataire = String.join(" ", nonVides(civilite, p.prenoms(), nom));
        return new LettreAvis(numero, destinataire, lignesAdresse(contenu.adresse()), fin, fin.plusMonths(1), guichet,
                adresseGuichet.stream().filter(l -> !l.isBlank()).toList());
    }

    private static List<String> nonVides(@Nullable String... textes) {
        List<String> liste = new ArrayList<>();
        for (String t : textes) {
            if (t != null && !t.isBlank()) {
                liste.add(t.strip());
            }
        }
        return liste;
    }

    private List<String> lignesAdresse(ContenuDemande.@Nullable Adresse a) {
        if (a == null) {
            return List.of();
        }
        List<String> lignes = new ArrayList<>();
        if (a.chez() != null) {
            lignes.add("chez " + a.chez());
        }
        lignes.addAll(nonVides(a.voie(), a.complement()));
        if (a.commune() != null) {
            String ville = geographie.commune(a.commune()).map(Commune::nom).orElse(a.commune());
            lignes.add((a.codePostal() == null ? "" : a.codePostal() + " ") + ville);
        } else {
            lignes.addAll(nonVides(a.ville(), a.pays() == null ? null : pays.libelle(a.pays())));
        }
        return lignes;
    }
}
