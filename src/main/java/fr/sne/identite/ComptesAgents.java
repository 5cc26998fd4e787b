package fr.sne.identite;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts that sign in at the embedded identity provider's login page: the agents' ({@code compte_agent}) and
 * the portal's demo applicants ({@code compte_demandeur_demo}, logins {@code demandeur-…}). Which client each may
 * sign in to is the provider's rule ({@link ClientsParNature}).
 */
class ComptesAgents implements UserDetailsService {

    /** A demo applicant of the portal: his identity becomes FranceConnect-like claims of the ID token. */
    static final class CompteDemandeurDemo extends User {

        private static final long serialVersionUID = 1L;

        private final String prenoms;
        private final String nom;
        private final java.time.LocalDate dateNaissance;
        private final @Nullable String courriel;

        CompteDemandeurDemo(String identifiant, String hash, boolean actif, String prenoms, String nom,
                java.time.LocalDate dateNaissance, @Nullable String courriel) {
            super(identifiant, hash, actif, true, true, true, List.of(new SimpleGrantedAuthority("ROLE_DEMANDEUR")));
            this.prenoms = prenoms;
            this.nom = nom;
            this.dateNaissance = dateNaissance;
            this.courriel = courriel;
        }

        String prenoms() {
            return prenoms;
        }

        String nom() {
            return nom;
        }

        java.time.LocalDate dateNaissance() {
            return dateNaissance;
        }

        @Nullable String courriel() {
            return courriel;
        }
    }

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
        if (identifiant.startsWith("demandeur-")) {
            return jdbc.sql("""
                    select identifiant, mot_de_passe_hash, actif, prenoms, nom, date_naissance, courriel
                      from compte_demandeur_demo
                     where identifiant = :identifiant
                    """)
                    .param("identifiant", identifiant)
                    .query((rs, i) -> (UserDetails) new CompteDemandeurDemo(rs.getString("identifiant"),
                            rs.getString("mot_de_passe_hash"), rs.getBoolean("actif"), rs.getString("prenoms"),
                            rs.getString("nom"), rs.getObject("date_naissance", java.time.LocalDate.class),
                            rs.getString("courriel")))
                    .optional()
                    .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu"));
        }
        return jdbc.sql("""
                select a.identifiant, a.mot_de_passe_hash, a.actif, a.nom, a.role, a.guichet_code,
                       coalesce(a.territoire, g.territoire) as territoire
                  from compte_agent a
                  left join guichet g on g.code = a.guichet_code
                 where a.identifiant = :identifiant
                """)
                .param("identifiant", identifiant)
                .query((rs, i) -> (UserDetails) new CompteAgent(rs.getString("identifiant"), rs.getString("mot_de_passe_hash"),
                        rs.getBoolean("actif"), rs.getString("nom"), rs.getString("role"),
                        rs.getString("guichet_code"), rs.getString("territoire")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu"));
    }
}
