package org.seatdesk.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// A certificate chain and an unencrypted PKCS#8 private key in PEM files (what certbot and
/// `openssl req -newkey … -nodes` write), as an in-memory key store for Jetty.
final class PemKeyStore {

    static final char[] PASSWORD = "seatdesk".toCharArray();
    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private PemKeyStore() {
    }

    static KeyStore load(Path certificateFile, Path keyFile) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> chain;
        try (var in = Files.newInputStream(certificateFile)) {
            chain = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (chain.isEmpty()) {
            throw new GeneralSecurityException("no certificate in " + certificateFile);
        }
        String pem = Files.readString(keyFile, StandardCharsets.US_ASCII);
        Matcher m = PKCS8.matcher(pem);
        if (!m.find()) {
            throw new GeneralSecurityException(keyFile + " holds no unencrypted PKCS#8 key (\"BEGIN PRIVATE KEY\");"
                    + " convert it with: openssl pkcs8 -topk8 -nocrypt -in OLD.key -out NEW.key");
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(m.group(1)));
        PrivateKey key = null;
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519", "RSASSA-PSS"}) {
            try {
                key = KeyFactory.getInstance(algorithm).generatePrivate(spec);
                break;
            } catch (GeneralSecurityException notThisAlgorithm) {
                // try the next
            }
        }
        if (key == null) {
            throw new GeneralSecurityException("the key in " + keyFile + " is not RSA, EC or Ed25519");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("hub", key, PASSWORD, chain.toArray(Certificate[]::new));
        return store;
    }

}
