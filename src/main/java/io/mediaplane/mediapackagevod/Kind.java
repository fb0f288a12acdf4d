package io.mediaplane.mediapackagevod;

/** The three resource types, with the path word their ARNs use and the name errors use. */
enum Kind {
    GROUP("packaging-groups", "Packaging group", "mediapackagevod/packaging-group"),
    CONFIGURATION("packaging-configurations", "Packaging configuration", "mediapackagevod/packaging-configuration"),
    ASSET("assets", "Asset", "mediapackagevod/asset");

    final String arnType;
    final String title;
    final String storeKind;

    Kind(String arnType, String title, String storeKind) {
        this.arnType = arnType;
        this.title = title;
        this.storeKind = storeKind;
    }

    static Kind ofArnType(String type) {
        for (Kind k : values()) {
            if (k.arnType.equals(type)) {
                return k;
            }
        }
        return null;
    }
}
