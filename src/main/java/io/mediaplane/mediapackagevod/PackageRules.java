package io.mediaplane.mediapackagevod;

import io.mediaplane.mediapackagevod.PackageShapes.StreamSelection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The checks on a packaging configuration that span members, which annotations cannot state. */
final class PackageRules {
    /** The manifest name used when a manifest has none. */
    static final String DEFAULT_MANIFEST_NAME = "index";

    private PackageRules() {}

    /** Refuses a configuration without exactly one package type, with clashing names or inverted bitrates. */
    static void check(ConfigurationRecord c) {
        long types = Stream.of(c.hlsPackage(), c.dashPackage(), c.cmafPackage(), c.mssPackage())
                .filter(p -> p != null)
                .count();
        if (types != 1) {
            throw VodError.unprocessable("A packaging configuration needs exactly one of hlsPackage, dashPackage,"
                    + " cmafPackage or mssPackage; this request has " + types);
        }
        List<String> names = new ArrayList<>();
        List<StreamSelection> selections = new ArrayList<>();
        String member;
        if (c.hlsPackage() != null) {
            member = "hlsPackage.hlsManifests";
            c.hlsPackage().hlsManifests().forEach(m -> add(names, selections, m.manifestName(), m.streamSelection()));
        } else if (c.cmafPackage() != null) {
            member = "cmafPackage.hlsManifests";
            c.cmafPackage().hlsManifests().forEach(m -> add(names, selections, m.manifestName(), m.streamSelection()));
        } else if (c.dashPackage() != null) {
            member = "dashPackage.dashManifests";
            c.dashPackage().dashManifests().forEach(m -> add(names, selections, m.manifestName(), m.streamSelection()));
        } else {
            member = "mssPackage.mssManifests";
            c.mssPackage().mssManifests().forEach(m -> add(names, selections, m.manifestName(), m.streamSelection()));
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw VodError.unprocessable("Manifest names must be unique within " + member + ": '" + name
                        + "' is used twice (a manifest without manifestName is named '" + DEFAULT_MANIFEST_NAME
                        + "')");
            }
        }
        for (int i = 0; i < selections.size(); i++) {
            StreamSelection s = selections.get(i);
            if (s != null
                    && s.minVideoBitsPerSecond() != null
                    && s.maxVideoBitsPerSecond() != null
                    && s.minVideoBitsPerSecond() > s.maxVideoBitsPerSecond()) {
                throw VodError.unprocessable("At '" + member + "[" + i + "].streamSelection': minVideoBitsPerSecond ("
                        + s.minVideoBitsPerSecond() + ") must not exceed maxVideoBitsPerSecond ("
                        + s.maxVideoBitsPerSecond() + ")");
            }
        }
    }

    /** The name of the first manifest, which the configuration's egress URL points at. */
    static String firstManifestName(ConfigurationRecord c) {
        String name;
        if (c.hlsPackage() != null) {
            name = c.hlsPackage().hlsManifests().get(0).manifestName();
        } else if (c.cmafPackage() != null) {
            name = c.cmafPackage().hlsManifests().get(0).manifestName();
        } else if (c.dashPackage() != null) {
            name = c.dashPackage().dashManifests().get(0).manifestName();
        } else {
            name = c.mssPackage().mssManifests().get(0).manifestName();
        }
        return name == null ? DEFAULT_MANIFEST_NAME : name;
    }

    private static void add(List<String> names, List<StreamSelection> selections, String name, StreamSelection s) {
        names.add(name == null ? DEFAULT_MANIFEST_NAME : name);
        selections.add(s);
    }
}
