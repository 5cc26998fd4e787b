package fr.sne.commun.limite;

import java.net.Inet6Address;
import java.net.InetAddress;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The source address a per-source limit counts: the request's remote address as the servlet container gives it
 * (the peer of the connection; behind a reverse proxy, the client's address only when the proxy is trusted, see
 * {@code server.forward-headers-strategy} and {@code server.tomcat.remoteip.internal-proxies}). An IPv6 address
 * counts as its /64, the block one subscriber gets: otherwise one client would have billions of sources.
 */
public final class AdresseSource {

    private AdresseSource() {
    }

    public static String de(HttpServletRequest requete) {
        return cle(requete.getRemoteAddr());
    }

    /** The key of an address: an IPv4 address as is, an IPv6 address as its /64 prefix; anything else as given. */
    public static String cle(String adresse) {
        if (adresse == null || adresse.isBlank()) {
            return "inconnue";
        }
        if (adresse.indexOf(':') < 0) {
            return adresse;
        }
        try {
            InetAddress ip = InetAddress.ofLiteral(adresse.startsWith("[") ? adresse.substring(1, adresse.length() - 1)
                    : adresse);
            if (ip instanceof Inet6Address) {
                byte[] octets = ip.getAddress();
                StringBuilder prefixe = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefixe.append(Integer.toHexString(((octets[i] & 0xff) << 8) | (octets[i + 1] & 0xff))).append(':');
                }
                return prefixe.append(":/64").toString();
            }
            return ip.getHostAddress();
        } catch (IllegalArgumentException e) {
            return adresse.length() > 45 ? adresse.substring(0, 45) : adresse;
        }
    }
}
