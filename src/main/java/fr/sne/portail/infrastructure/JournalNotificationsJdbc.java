package fr.sne.portail.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.sne.demande.FluxMouvements.Position;
import fr.sne.portail.application.port.JournalNotifications;
import fr.sne.portail.domaine.CanalNotification;
import fr.sne.portail.domaine.StatutNotification;

/** {@link JournalNotifications} in {@code notification_demandeur} and {@code notification_curseur} (V116). */
@Component
class JournalNotificationsJdbc implements JournalNotifications {

    private final JdbcClient jdbc;

    JournalNotificationsJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Curseur curseurVerrouille() {
        return jdbc.sql("select transaction, mouvement, depuis from notification_curseur where id = 1 for update")
                .query((rs, i) -> new Curseur(new Position(rs.getLong("transaction"), rs.getLong("mouvement")),
                        rs.getTimestamp("depuis").toInstant()))
                .single();
    }

    @Override
    public void avancer(Position position, Instant luLe) {
        jdbc.sql("update notification_curseur set transaction = ?, mouvement = ?, lu_le = ? where id = 1")
                .params(position.transaction(), position.id(), Timestamp.from(luLe)).update();
    }

    @Override
    public boolean ajouter(String numeroUnique, long mouvement, CanalNotification canal, String evenements,
            LocalDate dateEvenement, String adresseMasquee) {
        return jdbc.sql("""
                insert into notification_demandeur (numero_unique, mouvement, canal, evenements, date_evenement,
                                                    adresse_masquee)
                values (?, ?, ?, ?, ?, ?)
                on conflict (mouvement, canal) do nothing""")
                .params(numeroUnique, mouvement, canal.name(), court(evenements, 2000), dateEvenement,
                        court(adresseMasquee, 100))
                .update() == 1;
    }

    @Override
    public List<Reservee> reserver(int limite, Instant maintenant) {
        return jdbc.sql("""
                update notification_demandeur n set statut = 'EN_COURS', tentatives = n.tentatives + 1
                where n.id in (select id from notification_demandeur
                               where statut = 'A_ENVOYER' and prochain_essai <= ?
                               order by prochain_essai, id limit ? for update skip locked)
                returning n.id, n.numero_unique, n.mouvement, n.canal, n.evenements, n.date_evenement, n.tentatives""")
                .params(Timestamp.from(maintenant), limite)
                .query((rs, i) -> new Reservee(rs.getLong("id"), rs.getString("numero_unique"), rs.getLong("mouvement"),
                        CanalNotification.valueOf(rs.getString("canal")), rs.getString("evenements"),
                        rs.getObject("date_evenement", LocalDate.class), rs.getInt("tentatives")))
                .list();
    }

    @Override
    public void envoyee(long id, Instant le) {
        jdbc.sql("update notification_demandeur set statut = 'ENVOYEE', envoyee_le = ?, erreur = null where id = ?")
                .params(Timestamp.from(le), id).update();
    }

    @Override
    public void echec(long id, String erreur, @Nullable Instant prochainEssai) {
        jdbc.sql("""
                update notification_demandeur set statut = ?, prochain_essai = coalesce(?, prochain_essai), erreur = ?
                where id = ?""")
                .params((prochainEssai == null ? StatutNotification.ECHEC : StatutNotification.A_ENVOYER).name(),
                        prochainEssai == null ? null : Timestamp.from(prochainEssai), court(erreur, 300), id)
                .update();
    }

    @Override
    public void abandonnee(long id, String raison) {
        jdbc.sql("update notification_demandeur set statut = 'ABANDONNEE', erreur = ? where id = ?")
                .params(court(raison, 300), id).update();
    }

    @Override
    public List<Notification> deLaDemande(String numeroUnique, int limite) {
        return jdbc.sql("""
                select canal, adresse_masquee, evenements, date_evenement, statut, creee_le, envoyee_le
                from notification_demandeur where numero_unique = ? order by creee_le desc, id desc limit ?""")
                .params(numeroUnique, limite)
                .query((rs, i) -> {
                    Timestamp envoyee = rs.getTimestamp("envoyee_le");
                    return new Notification(CanalNotification.valueOf(rs.getString("canal")),
                            rs.getString("adresse_masquee"), rs.getString("evenements"),
                            rs.getObject("date_evenement", LocalDate.class), rs.getString("statut"),
                            rs.getTimestamp("creee_le").toInstant(), envoyee == null ? null : envoyee.toInstant());
                })
                .list();
    }

    private static String court(String texte, int max) {
        return texte.length() <= max ? texte : texte.substring(0, max - 1) + "…";
    }
}
