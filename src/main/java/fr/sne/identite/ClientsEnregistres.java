package fr.sne.identite;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import fr.sne.identite.ClientsApi.ClientEnregistre;

/**
 * Every client of the embedded identity provider: the agents' web application and the applicants' portal (OpenID
 * Connect, from the settings) and the API clients (from the database).
 */
final class ClientsEnregistres implements RegisteredClientRepository {

    private final Supplier<RegisteredClient> fabriqueClientWeb;
    private final Supplier<RegisteredClient> fabriqueClientPortail;
    private final ClientsApi clientsApi;
    private volatile @Nullable RegisteredClient clientWeb;
    private volatile @Nullable RegisteredClient clientPortail;

    ClientsEnregistres(Supplier<RegisteredClient> fabriqueClientWeb, Supplier<RegisteredClient> fabriqueClientPortail,
            ClientsApi clientsApi) {
        this.fabriqueClientWeb = fabriqueClientWeb;
        this.fabriqueClientPortail = fabriqueClientPortail;
        this.clientsApi = clientsApi;
    }

    /** The portal's client, built at the first request. */
    private RegisteredClient clientPortail() {
        RegisteredClient client = clientPortail;
        if (client == null) {
            client = fabriqueClientPortail.get();
            clientPortail = client;
        }
        return client;
    }

    /** The web application's client, built at the first request (its addresses name the port then known). */
    private RegisteredClient clientWeb() {
        RegisteredClient client = clientWeb;
        if (client == null) {
            client = fabriqueClientWeb.get();
            clientWeb = client;
        }
        return client;
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        if (EmetteurLocalConfiguration.CLIENT_WEB.equals(clientId)) {
            return clientWeb();
        }
        if (EmetteurLocalConfiguration.CLIENT_PORTAIL.equals(clientId)) {
            return clientPortail();
        }
        return clientsApi.charger(clientId).map(ClientEnregistre::client).orElse(null);
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Les clients sont gérés dans la table client_api.");
    }
}
