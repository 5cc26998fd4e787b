package fr.sne.portail.application.port;

/**
 * The SMS provider (issue 18 §3): sends one text message. Chosen by {@code sne.portail.sms.fournisseur}: the local
 * stand-in ({@code local}, the default: the message is kept in the table {@code sms_sortant}, nothing leaves the
 * machine); a real provider is another implementation of this port (ADR 0029).
 */
public interface EnvoiSms {

    /**
     * Sends it now; the provider has accepted it when this returns.
     *
     * @param telephone a French mobile number in international form ({@code +336…})
     * @throws EnvoiImpossibleException the provider refused it or could not be reached
     */
    void envoyer(String telephone, String texte);
}
