package org.licensedesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The supervisors' Ed25519 checkpoint keys, one file per desk user in a folder of the operating-system user's data
 * folder ({@code <data folder>/keys/<username>.ed25519}), never in the database: whoever can write the database
 * must not also hold the key. The folder is 0700 and each file 0600 where the file system has POSIX permissions.
 * A file holds two lines: the private key (PKCS#8, base64) and the public key (X.509, base64).
 */
public final class SigningKeys {
    static final String ALGORITHM = "Ed25519";

    private final Path folder;

    public SigningKeys(Path folder) {
        this.folder = folder;
    }

    /** The keys folder inside a data folder. */
    public static SigningKeys in(Path dataFolder) {
        return new SigningKeys(dataFolder.resolve("keys"));
    }

    public Path fileOf(String username) {
        return folder.resolve(username.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_")
                + ".ed25519");
    }

    /** The user's key pair, if it was made on this workstation. */
    public Optional<KeyPair> load(String username) {
        Path file = fileOf(username);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0).strip())));
            PublicKey publicKey = publicKey(lines.get(1).strip());
            return Optional.of(new KeyPair(publicKey, privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the signing key " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new AuditRefusedException("The signing key file " + file + " is damaged; move it away and take a "
                    + "checkpoint again to make a new key (earlier checkpoints stay valid).");
        }
    }

    /** Makes a new key pair and writes it, readable by this operating-system user only. */
    public KeyPair create(String username) {
        Path file = fileOf(username);
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            createPrivateFolder();
            String text = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                    + encode(pair.getPublic()) + "\n";
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            return pair;
        } catch (FileAlreadyExistsException e) {
            throw new AuditRefusedException("A signing key for " + username + " already exists at " + file + ".");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the signing key " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no Ed25519 support", e);
        }
    }

    private void createPrivateFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(folder.getParent());
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** A public key as the checkpoint file and the audit trail write it: base64 of its X.509 encoding. */
    static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** @throws GeneralSecurityException or IllegalArgumentException when the text is not an Ed25519 public key */
    static PublicKey publicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
