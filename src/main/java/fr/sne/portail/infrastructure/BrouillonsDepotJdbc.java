package fr.sne.portail.infrastructure;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.portail.application.port.BrouillonsDepot;
import fr.sne.portail.domaine.BrouillonDepot;
import fr.sne.portail.domaine.EtapeDepot;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@link BrouillonsDepot} in the table {@code brouillon_portail}. */
@Repository
class BrouillonsDepotJdbc implements BrouillonsDepot {

    private static final TypeReference<Map<String, String>> REPONSES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BrouillonsDepotJdbc(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<BrouillonDepot> lire(UUID compte) {
        return jdbc.sql("""
                select id, compte, reponses::text as reponses, etape, cree_le, modifie_le
                from brouillon_portail where compte = ?""")
                .param(compte)
                .query((rs, i) -> new BrouillonDepot(rs.getObject("id", UUID.class), rs.getObject("compte", UUID.class),
                        json.readValue(rs.getString("reponses"), REPONSES),
                        EtapeDepot.parChemin(rs.getString("etape")).orElse(EtapeDepot.VOUS),
                        rs.getTimestamp("cree_le").toInstant(), rs.getTimestamp("modifie_le").toInstant()))
                .optional();
    }

    @Override
    public void enregistrer(BrouillonDepot b) {
        jdbc.sql("""
                insert into brouillon_portail (compte, id, reponses, etape, cree_le, modifie_le)
                values (:compte, :id, cast(:reponses as jsonb), :etape, :creeLe, :modifieLe)
                on conflict (compte) do update set reponses = excluded.reponses, etape = excluded.etape,
                                                   modifie_le = excluded.modifie_le
                where brouillon_portail.id = excluded.id""")
                .param("compte", b.compte())
                .param("id", b.id())
                .param("reponses", json.writeValueAsString(b.reponses()))
                .param("etape", b.etape().chemin())
                .param("creeLe", Timestamp.from(b.creeLe()))
                .param("modifieLe", Timestamp.from(b.modifieLe()))
                .update();
    }

    @Override
    public boolean supprimer(UUID compte) {
        return jdbc.sql("delete from brouillon_portail where compte = ?").param(compte).update() > 0;
    }
}
