package fr.sne.portail.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.portail.application.port.CodesPersonnelsStock;

/** {@link CodesPersonnelsStock} on {@code code_personnel}. */
@Repository
class CodesPersonnelsJdbc implements CodesPersonnelsStock {

    private final JdbcClient jdbc;

    CodesPersonnelsJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CodeEnregistre> lire(String numeroUnique) {
        return jdbc.sql("select generation, empreinte from code_personnel where numero_unique = ?")
                .param(numeroUnique)
                .query((rs, i) -> new CodeEnregistre(rs.getInt("generation"), rs.getString("empreinte")))
                .optional();
    }

    @Override
    public boolean enregistrer(String numeroUnique, int generation, String empreinte, Instant le, String parType,
            String par) {
        return jdbc.sql("""
                insert into code_personnel (numero_unique, generation, empreinte, cree_le, cree_par_type, cree_par)
                values (:numero, :generation, :empreinte, :le, :parType, :par)
                on conflict (numero_unique) do update set
                    generation = excluded.generation, empreinte = excluded.empreinte, cree_le = excluded.cree_le,
                    cree_par_type = excluded.cree_par_type, cree_par = excluded.cree_par
                 where code_personnel.generation < excluded.generation
                """)
                .param("numero", numeroUnique)
                .param("generation", generation)
                .param("empreinte", empreinte)
                .param("le", Timestamp.from(le))
                .param("parType", parType)
                .param("par", par.length() > 100 ? par.substring(0, 100) : par)
                .update() == 1;
    }
}
