package fr.sne.guichet.internal;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.guichet.Bailleur;
import fr.sne.guichet.Bailleurs;

/** Bailleurs read from {@code bailleur} and {@code bailleur_commune}. */
@Repository
class JdbcBailleurs implements Bailleurs {

    private final JdbcClient jdbc;

    JdbcBailleurs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Bailleur> presentsDans(Collection<String> codesCommunes) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : codesCommunes) {
            if (code != null && !code.isBlank()) {
                codes.addAll(CommunesPlm.equivalents(code.strip()));
            }
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        Collator francais = Collator.getInstance(Locale.FRENCH);
        return jdbc.sql("""
                select b.siren, b.nom, b.adresse_ligne1, b.adresse_ligne2, b.code_postal, b.commune
                  from bailleur b
                 where exists (select 1 from bailleur_commune bc
                                where bc.siren = b.siren and bc.code_commune in (:codes))
                """)
                .param("codes", List.copyOf(codes))
                .query((rs, i) -> new Bailleur(rs.getString("siren"), rs.getString("nom"),
                        Adresses.lignes(rs.getString("adresse_ligne1"), rs.getString("adresse_ligne2"),
                                rs.getString("code_postal"), rs.getString("commune"))))
                .list()
                .stream()
                .sorted(Comparator.comparing(Bailleur::nom, francais).thenComparing(Bailleur::siren))
                .toList();
    }

    @Override
    public Optional<Bailleur> duGuichet(String codeGuichet) {
        return jdbc.sql("""
                select b.siren, b.nom, b.adresse_ligne1, b.adresse_ligne2, b.code_postal, b.commune
                  from guichet g join bailleur b on b.siren = g.bailleur_siren
                 where g.code = :code
                """)
                .param("code", codeGuichet)
                .query((rs, i) -> new Bailleur(rs.getString("siren"), rs.getString("nom"),
                        Adresses.lignes(rs.getString("adresse_ligne1"), rs.getString("adresse_ligne2"),
                                rs.getString("code_postal"), rs.getString("commune"))))
                .optional();
    }
}
