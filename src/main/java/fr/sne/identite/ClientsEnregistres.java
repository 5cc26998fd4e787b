package fr.sne.identite;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import fr.sne.identite.ClientsApi.ClientEnregistre;

/**
 * Every client of the embedded identity provider: the agents' web application (OpenID Connect, from the
 * settings) and the API clients (from the database).
 */
final class ClientsEnregistres implements RegisteredClientRepository {

    private final Supplier<RegisteredClient> fabriqueClientWeb;
    private final ClientsApi clientsApi;
    private volatile @Nullable RegisteredClient clientWeb;

    ClientsEnregistres(Supplier<RegisteredClient> fabriqueClientWeb, ClientsApi clientsApi) {
        this.fabriqueClientWeb = fabriqueClientWeb;
        this.clientsApi = clientsApi;
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
        return clientsApi.charger(clientId).map(ClientEnregistre::client).orElse(null);
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        if (EmetteurLocalConfiguration.CLIENT_WEB.equals(id)) {
            return clientWeb();
        }
        return findByClientId(id);
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Les clients sont gérés dans la table client_api.");
    }
}
