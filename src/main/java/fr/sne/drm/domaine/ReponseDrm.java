package fr.sne.drm.domaine;

import java.util.List;

/** What the DRM answered about one person. */
public sealed interface ReponseDrm {

    /** It knows the person: the identity it holds for him and his months (a month with nothing is absent). */
    record Trouvee(IdentiteDrm identite, List<MoisRecu> mois) implements ReponseDrm {

        public Trouvee {
            mois = List.copyOf(mois);
        }
    }

    /** It knows no such person. */
    record Inconnue() implements ReponseDrm {
    }
}
