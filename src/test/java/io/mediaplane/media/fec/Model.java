package io.mediaplane.media.fec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An independent model of what SMPTE 2022-1 can recover: rows and columns are sets of packet
 * indexes, a group whose FEC was sent and that misses one packet restores it, repeated until
 * nothing changes. Used to check the decoder against random loss.
 */
final class Model {
    private Model() {}

    static Set<Integer> unrecoverable(FecStream s, Set<Integer> dropped) {
        int n = s.media.size();
        List<List<Integer>> groups = new ArrayList<>();
        for (int row = 0; (row + 1) * s.l < n; row++) {
            List<Integer> g = new ArrayList<>();
            for (int c = 0; c < s.l; c++) {
                g.add(row * s.l + c);
            }
            groups.add(g);
        }
        int matrix = s.l * s.d;
        for (int m = 0; (m + 1) * matrix < n; m++) {
            for (int c = 0; c < s.l; c++) {
                if ((m + 1) * matrix + c * s.d >= n) {
                    continue;
                }
                List<Integer> g = new ArrayList<>();
                for (int r = 0; r < s.d; r++) {
                    g.add(m * matrix + r * s.l + c);
                }
                groups.add(g);
            }
        }
        Set<Integer> missing = new HashSet<>(dropped);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (List<Integer> g : groups) {
                List<Integer> gone = g.stream().filter(missing::contains).toList();
                if (gone.size() == 1) {
                    missing.remove(gone.get(0));
                    progress = true;
                }
            }
        }
        return missing;
    }

    /** Unrecoverable packets after the last packet delivered are never seen as gaps: not counted lost. */
    static int trailing(FecStream s, Set<Integer> unrecoverable) {
        int count = 0;
        for (int i = s.media.size() - 1; i >= 0 && unrecoverable.contains(i); i--) {
            count--;
        }
        return count;
    }
}
