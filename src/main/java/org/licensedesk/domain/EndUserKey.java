package org.licensedesk.domain;

/**
 * The form under which an end user's applications are found again: its name normalised as the screening compares
 * names (case, punctuation, diacritics and legal forms folded), with the words sorted, so "Kansai Magnet Co., Ltd."
 * and "KANSAI MAGNET COMPANY LIMITED" are one end user. The country is compared beside it, not folded in.
 */
public final class EndUserKey {
    private static final NameNormalizer NORMALIZER = new NameNormalizer();

    private EndUserKey() {
    }

    public static String of(String endUserName) {
        return NORMALIZER.normalize(endUserName).sorted();
    }
}
