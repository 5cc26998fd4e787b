package fr.sne.demande.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;

/** The read model of the demandes for the other modules, from the demande's row and its content document. */
@Repository
@Transactional(readOnly = true)
class LectureDemandesJdbc implements LectureDemandes {

    /** The persons to house, as the SQL counts them from the content document (as {@link DemandeLue#tailleMenage}). */
    private static final String TAILLE_MENAGE = """
            (case when d.contenu -> 'demandeur' is null or jsonb_typeof(d.contenu -> 'demandeur') = 'null' then 0 else 1 end
             + coalesce(jsonb_array_length(case when jsonb_typeof(d.contenu -> 'coDemandeurs') = 'array'
                                                then d.contenu -> 'coDemandeurs' end), 0)
             + coalesce(jsonb_array_length(case when jsonb_typeof(d.contenu -> 'personnesACharge') = 'array'
                                                then d.contenu -> 'personnesACharge' end), 0)
             + coalesce(case when jsonb_typeof(d.contenu -> 'personnesANaitre' -> 'nombre') = 'number'
                             then cast(d.contenu -> 'personnesANaitre' ->> 'nombre' as integer) end, 0))""";

    private final JdbcClient jdbc;
    private final DemandeRepository demandes;

    LectureDemandesJdbc(JdbcClient jdbc, DemandeRepository demandes) {
        this.jdbc = jdbc;
        this.demandes = demandes;
    }

    @Override
    public Optional<DemandeLue> lire(String numeroUnique) {
        return demandes.parNumero(numeroUnique).map(LectureDemandesJdbc::lue);
    }

    @Override
    public List<DemandeLue> activesSouhaitant(String codeCommune, @Nullable String typeLogement,
            @Nullable Integer tailleMin, @Nullable Integer tailleMax, int limite) {
        if (limite < 1 || limite > 1000) {
            throw new IllegalArgumentException("limite hors de 1 à 1 000 : " + limite);
        }
        List<String> numeros = jdbc.sql("""
                select d.numero_unique
                  from demande_commune c
                  join demande d on d.id = c.demande_id
                 where c.code_commune = :commune and d.statut = 'ACTIVE'
                   and (cast(:type as text) is null
                        or d.contenu -> 'logementRecherche' -> 'typesLogement' @> jsonb_build_array(cast(:type as text)))
                   and (cast(:tailleMin as integer) is null or %1$s >= cast(:tailleMin as integer))
                   and (cast(:tailleMax as integer) is null or %1$s <= cast(:tailleMax as integer))
                 group by d.id, d.numero_unique, d.date_depot
                 order by d.date_depot, d.id
                 limit :limite""".formatted(TAILLE_MENAGE))
                .param("commune", codeCommune).param("type", typeLogement)
                .param("tailleMin", tailleMin).param("tailleMax", tailleMax).param("limite", limite)
                .query(String.class).list();
        return demandes.parNumeros(numeros).stream().map(LectureDemandesJdbc::lue).toList();
    }

    static DemandeLue lue(Demande d) {
        ContenuDemande c = d.contenu();
        List<DemandeLue.PersonneLue> personnes = new ArrayList<>();
        BigDecimal ressources = BigDecimal.ZERO;
        BigDecimal rfrN2 = null;
        BigDecimal rfrN1 = null;
        List<ContenuDemande.Personne> adultes = new ArrayList<>();
        if (c.demandeur() != null) {
            adultes.add(c.demandeur());
        }
        adultes.addAll(c.coDemandeurs());
        for (int i = 0; i < adultes.size(); i++) {
            ContenuDemande.Personne p = adultes.get(i);
            personnes.add(new DemandeLue.PersonneLue(i == 0 && c.demandeur() != null ? "DEMANDEUR" : "CO_DEMANDEUR",
                    p.dateNaissance()));
            ressources = ressources.add(somme(p.ressourcesMensuelles()));
            if (p.revenuFiscal() != null) {
                if (p.revenuFiscal().montantN2() != null) {
                    rfrN2 = (rfrN2 == null ? BigDecimal.ZERO : rfrN2).add(p.revenuFiscal().montantN2());
                }
                if (p.revenuFiscal().montantN1() != null) {
                    rfrN1 = (rfrN1 == null ? BigDecimal.ZERO : rfrN1).add(p.revenuFiscal().montantN1());
                }
            }
        }
        for (ContenuDemande.PersonneACharge p : c.personnesACharge()) {
            personnes.add(new DemandeLue.PersonneLue("PERSONNE_A_CHARGE", p.dateNaissance()));
            ressources = ressources.add(somme(p.ressourcesMensuelles()));
        }
        int aNaitre = c.personnesANaitre() == null || c.personnesANaitre().nombre() == null ? 0
                : Math.max(0, c.personnesANaitre().nombre());
        ContenuDemande.LogementRecherche recherche = c.logementRecherche();
        return new DemandeLue(d.numeroUnique().valeur(), d.territoire(), d.statut().name(), d.version(),
                d.guichetEnregistreur(), d.dateDepot(), d.dateFinValidite(),
                d.motifRadiation() == null ? null : d.motifRadiation().code(), d.dateRadiation(), d.donneesEffacees(),
                c.demandeur() == null ? null : c.demandeur().nomNaissance(),
                c.demandeur() == null ? null : c.demandeur().prenoms(),
                personnes, aNaitre, ressources, rfrN2, rfrN1,
                recherche == null ? List.of() : recherche.communesSouhaitees(),
                recherche == null ? List.of() : recherche.typesLogement(),
                c.handicap() != null && Boolean.TRUE.equals(c.handicap().logementAdapteNecessaire()));
    }

    private static BigDecimal somme(List<ContenuDemande.Ressource> ressources) {
        BigDecimal total = BigDecimal.ZERO;
        for (ContenuDemande.Ressource r : ressources) {
            if (r.montant() != null) {
                total = total.add(r.montant());
            }
        }
        return total;
    }
}
