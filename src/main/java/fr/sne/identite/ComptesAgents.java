package fr.sne.identite;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The agents' accounts ({@code compte_agent}) that sign in at the embedded identity provider's login page. */
class ComptesAgents implements UserDetailsService {

    /** A signed-in agent: role, guichet and territory become claims of the ID token. */
    static final class CompteAgent extends User {

        private static final long serialVersionUID = 1L;

        private final String nom;
        private final String role;
        private final @Nullable String guichet;
        private final @Nullable String territoire;

        CompteAgent(String identifiant, String hash, boolean actif, String nom, String role,
                @Nullable String guichet, @Nullable String territoire) {
            super(identifiant, hash, actif, true, true, true, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
            this.nom = nom;
            this.role = role;
            this.guichet = guichet;
            this.territoire = territoire;
        }

        String nom() {
            return nom;
        }

        String role() {
            return role;
        }

        @Nullable String guichet() {
            return guichet;
        }

        @Nullable String territoire() {
            return territoire;
        }
    }

    private final JdbcClient jdbc;

    ComptesAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String identifiant) {
        return jdbc.sql("""
                select a.identifiant, a.mot_de_passe_hash, a.actif, a.nom, a.role, a.guichet_code,
                       coalesce(a.territoire, g.territoire) as territoire
                  from compte_agent a
                  left join guichet g on g.code = a.guichet_code
                 where a.identifiant = :identifiant
                """)
                .param("identifiant", identifiant)
                .query((rs, i) -> new CompteAgent(rs.getString("identifiant"), rs.getString("mot_de_passe_hash"),
                        rs.getBoolean("actif"), rs.getString("nom"), rs.getString("role"),
                        rs.getString("guichet_code"), rs.getString("territoire")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu"));
    }
}
