package com.arizon.chat.security.control;

import com.arizon.chat.platform.cluster.DataGrid;
import com.arizon.chat.platform.database.DataDirectory;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * The built-in issuer's RSA key: generated once, kept in the data directory readable by the owner
 * only, never logged. Instances that share a data directory share the key; so do the instances of a
 * cluster: the first to start offers its key to the data grid, the others adopt it and keep it in
 * their own data directory, so that the key survives the whole cluster's restart.
 */
public final class SigningKeys {

    private static final String PRIVATE_KEY_FILE = "keys/jwt-signing-key.pem";
    private static final String GRID_MAP = "arizon-chat.signing-key";
    private static final String GRID_KEY = "built-in";
    private static volatile KeyPair keyPair;

    private SigningKeys() {
    }

    public static KeyPair keyPair() {
        KeyPair local = keyPair;
        if (local == null) {
            synchronized (SigningKeys.class) {
                local = keyPair;
                if (local == null) {
                    local = clusterWide(DataDirectory.path().resolve(PRIVATE_KEY_FILE));
                    keyPair = local;
                }
            }
        }
        return local;
    }

    public static String publicKeyPem() {
        return pem("PUBLIC KEY", keyPair().getPublic().getEncoded());
    }

    private static KeyPair clusterWide(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String own = Files.readString(file, StandardCharsets.US_ASCII);
            Optional<HazelcastInstance> grid = DataGrid.instance();
            if (grid.isEmpty()) {
                return parse(own);
            }
            IMap<String, String> shared = grid.get().getMap(GRID_MAP);
            String adopted = shared.putIfAbsent(GRID_KEY, own);
            if (adopted == null || adopted.equals(own)) {
                return parse(own);
            }
            KeyPair clusterKey = parse(adopted);
            replace(file, adopted);
            return clusterKey;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable signing key " + file, e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] encoded = generator.generateKeyPair().getPrivate().getEncoded();
        Path temporary = ownerOnlyTemporary(file, pem("PRIVATE KEY", encoded));
        try {
            // Two instances starting together: the first move wins, the other reads the winner's key.
            Files.move(temporary, file);
        } catch (java.nio.file.FileAlreadyExistsException lostRace) {
            Files.deleteIfExists(temporary);
        }
    }

    private static void replace(Path file, String pem) throws IOException {
        Files.move(ownerOnlyTemporary(file, pem), file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path ownerOnlyTemporary(Path file, String pem) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp");
        restrictToOwner(temporary);
        Files.writeString(temporary, pem, StandardOpenOption.TRUNCATE_EXISTING);
        return temporary;
    }

    private static KeyPair parse(String pem) throws GeneralSecurityException {
        String body = pem
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new KeyPair(publicKey, privateKey);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Non-POSIX file systems keep their default permissions.
        }
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }
}
