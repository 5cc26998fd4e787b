package fr.sne.demande.infrastructure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.demande.DemandesParIdentite;
import fr.sne.demande.domaine.Identite;

/** {@link DemandesParIdentite} on the persons' normalised identities (index {@code demande_personne_identite_ix}). */
@Repository
class DemandesParIdentiteJdbc implements DemandesParIdentite {

    private final JdbcClient jdbc;

    DemandesParIdentiteJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> actives(String nomNaissance, String prenoms, LocalDate dateNaissance) {
        Identite identite = Identite.de(nomNaissance, prenoms, dateNaissance, null);
        if (identite.nomCle().isEmpty() || identite.prenomsCle().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct d.numero_unique, d.date_depot
                  from demande_personne p
                  join demande d on d.id = p.demande_id
                 where p.nom_cle = :nom and p.date_naissance = :naissance
                   and p.role in ('DEMANDEUR', 'CO_DEMANDEUR') and d.statut = 'ACTIVE'
                   and split_part(p.prenoms_cle, ' ', 1) = :prenom
                 order by d.date_depot, d.numero_unique""")
                .param("nom", identite.nomCle())
                .param("naissance", dateNaissance)
                .param("prenom", identite.prenomsCle().getFirst())
                .query((rs, i) -> rs.getString("numero_unique"))
                .list();
    }
}
