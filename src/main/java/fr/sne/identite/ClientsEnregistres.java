package fr.sne.identite;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import fr.sne.identite.ClientsApi.ClientEnregistre;

/**
 * Every client of the embedded identity provider: the agents' web application (OpenID Connect, from the
 * settings) and the API clients (from the database).
 */
final class ClientsEnregistres implements RegisteredClientRepository {

    private final RegisteredClient clientWeb;
    private final ClientsApi clientsApi;

    ClientsEnregistres(RegisteredClient clientWeb, ClientsApi clientsApi) {
        this.clientWeb = clientWeb;
        this.clientsApi = clientsApi;
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        if (clientWeb.getClientId().equals(clientId)) {
            return clientWeb;
        }
        return clientsApi.charger(clientId).map(ClientEnregistre::client).orElse(null);
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        if (clientWeb.getId().equals(id)) {
            return clientWeb;
        }
        return findByClientId(id);
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Les clients sont gérés dans la table client_api.");
    }
}
