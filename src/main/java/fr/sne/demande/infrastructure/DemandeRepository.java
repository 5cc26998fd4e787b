package fr.sne.demande.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.StatutDemande;
import fr.sne.demande.domaine.TypeMouvement;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Demandes in PostgreSQL: one row, its persons and communes, and the journal of movements. */
@Repository
public class DemandeRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DemandeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // Stored documents may hold fields that a later version no longer knows: read them leniently.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** A person of an active demande who may be the same as someone being registered. */
    public record PersonneEnregistree(NumeroUnique numeroUnique, LocalDate dateDepot, String role, String nomNaissance,
            String prenoms, LocalDate dateNaissance, Identite identite) {
    }

    public void inserer(Demande demande) {
        long id = jdbc.sql("""
                insert into demande (numero_unique, territoire, statut, date_depot, date_dernier_renouvellement,
                                     date_fin_validite, guichet_enregistreur, enregistree_le, modifiee_le, contenu)
                values (:numero, :territoire, :statut, :dateDepot, :dateRenouvellement, :dateFin, :guichet,
                        :enregistreeLe, :modifieeLe, cast(:contenu as jsonb))
                returning id""")
                .param("numero", demande.numeroUnique().valeur())
                .param("territoire", demande.territoire())
                .param("statut", demande.statut().name())
                .param("dateDepot", demande.dateDepot())
                .param("dateRenouvellement", demande.dateDernierRenouvellement())
                .param("dateFin", demande.dateFinValidite())
                .param("guichet", demande.guichetEnregistreur())
                .param("enregistreeLe", Timestamp.from(demande.enregistreeLe()))
                .param("modifieeLe", Timestamp.from(demande.modifieeLe()))
                .param("contenu", json.writeValueAsString(demande.contenu()))
                .query(Long.class).single();
        insererPersonnes(id, demande.contenu());
        List<String> communes = demande.contenu().logementRecherche().communesSouhaitees();
        for (int rang = 0; rang < communes.size(); rang++) {
            jdbc.sql("insert into demande_commune (demande_id, rang, code_commune) values (?, ?, ?)")
                    .params(id, rang + 1, communes.get(rang)).update();
        }
    }

    private void insererPersonnes(long id, ContenuDemande contenu) {
        insererPersonne(id, "DEMANDEUR", 1, contenu.demandeur().nomNaissance(), contenu.demandeur().prenoms(),
                contenu.demandeur().dateNaissance(), contenu.demandeur().nir());
        for (int i = 0; i < contenu.coDemandeurs().size(); i++) {
            ContenuDemande.Personne p = contenu.coDemandeurs().get(i);
            insererPersonne(id, "CO_DEMANDEUR", i + 1, p.nomNaissance(), p.prenoms(), p.dateNaissance(), p.nir());
        }
        for (int i = 0; i < contenu.personnesACharge().size(); i++) {
            ContenuDemande.PersonneACharge p = contenu.personnesACharge().get(i);
            insererPersonne(id, "PERSONNE_A_CHARGE", i + 1, p.nom(), p.prenoms(), p.dateNaissance(), null);
        }
    }

    private void insererPersonne(long id, String role, int rang, String nom, String prenoms, LocalDate naissance,
            @Nullable String nir) {
        Identite identite = Identite.de(nom, prenoms, naissance, nir);
        jdbc.sql("""
                insert into demande_personne (demande_id, role, rang, nom_naissance, prenoms, date_naissance,
                                              nom_cle, prenoms_cle, nir)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, role, rang, nom, prenoms, naissance, identite.nomCle(),
                        String.join(" ", identite.prenomsCle()), nir)
                .update();
    }

    public Optional<Demande> parNumero(String numeroUnique) {
        return jdbc.sql("select * from demande where numero_unique = ?")
                .param(numeroUnique)
                .query(this::demande)
                .optional();
    }

    /**
     * Adults (demandeur, co-demandeurs) of active demandes of a territory with the same birth name and birth
     * date, or the same NIR, as one of the given identities. The caller decides which really match.
     */
    public List<PersonneEnregistree> adultesActifsSimilaires(String territoire, Collection<Identite> identites) {
        List<PersonneEnregistree> trouvees = new ArrayList<>();
        for (Identite identite : identites) {
            trouvees.addAll(jdbc.sql("""
                    select d.numero_unique, d.date_depot, p.role, p.nom_naissance, p.prenoms, p.date_naissance,
                           p.nom_cle, p.prenoms_cle, p.nir
                    from demande_personne p
                    join demande d on d.id = p.demande_id
                    where d.territoire = :territoire and d.statut = 'ACTIVE'
                      and p.role in ('DEMANDEUR', 'CO_DEMANDEUR')
                      and ((p.nom_cle = :nom and p.date_naissance = :naissance) or p.nir = :nir)
                    order by d.date_depot, d.numero_unique""")
                    .param("territoire", territoire)
                    .param("nom", identite.nomCle())
                    .param("naissance", identite.dateNaissance())
                    .param("nir", identite.nir())
                    .query((rs, n) -> new PersonneEnregistree(new NumeroUnique(rs.getString("numero_unique")),
                            rs.getObject("date_depot", LocalDate.class), rs.getString("role"),
                            rs.getString("nom_naissance"), rs.getString("prenoms"),
                            rs.getObject("date_naissance", LocalDate.class),
                            new Identite(rs.getString("nom_cle"),
                                    List.of(rs.getString("prenoms_cle").split(" ")),
                                    rs.getObject("date_naissance", LocalDate.class), rs.getString("nir"))))
                    .list());
        }
        return trouvees.stream().distinct().toList();
    }

    /**
     * Holds, until the transaction ends, a lock on each identity in a territory, so that two registrations of
     * the same person cannot both pass the duplicate check. Locks are taken in a fixed order (no deadlock).
     */
    public void verrouillerIdentites(String territoire, Collection<Identite> identites) {
        List<String> cles = new ArrayList<>();
        for (Identite identite : identites) {
            cles.add(territoire + "|" + identite.nomCle() + "|" + identite.dateNaissance());
            if (identite.nir() != null) {
                cles.add(territoire + "|NIR|" + identite.nir());
            }
        }
        cles.stream().distinct().sorted().forEach(cle ->
                jdbc.sql("select pg_advisory_xact_lock(1, hashtext(?))").param(cle).query((rs, n) -> 1).list());
    }

    /** Takes the next sequence of a territory and month; the row stays locked until the transaction ends. */
    public int prochaineSequence(String territoire, String moisAnnee) {
        return jdbc.sql("""
                insert into compteur_numero_unique (territoire, mois_annee, dernier) values (?, ?, 1)
                on conflict (territoire, mois_annee) do update set dernier = compteur_numero_unique.dernier + 1
                returning dernier""")
                .params(territoire, moisAnnee)
                .query(Integer.class).single();
    }

    public void journaliser(TypeMouvement type, Demande demande, String guichet, Object contenu) {
        jdbc.sql("""
                insert into mouvement (type, numero_unique, territoire, guichet, horodatage, contenu)
                values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(type.name(), demande.numeroUnique().valeur(), demande.territoire(), guichet,
                        Timestamp.from(demande.modifieeLe()), json.writeValueAsString(contenu))
                .update();
    }

    private Demande demande(ResultSet rs, int ligne) throws SQLException {
        return new Demande(
                new NumeroUnique(rs.getString("numero_unique")),
                rs.getString("territoire"),
                StatutDemande.valueOf(rs.getString("statut")),
                rs.getObject("date_depot", LocalDate.class),
                rs.getObject("date_dernier_renouvellement", LocalDate.class),
                rs.getObject("date_fin_validite", LocalDate.class),
                rs.getString("guichet_enregistreur"),
                rs.getTimestamp("enregistree_le").toInstant(),
                rs.getTimestamp("modifiee_le").toInstant(),
                json.readValue(rs.getString("contenu"), ContenuDemande.class));
    }
}
