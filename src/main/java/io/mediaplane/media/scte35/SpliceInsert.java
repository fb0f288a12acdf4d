package io.mediaplane.media.scte35;

import java.util.List;
import java.util.Optional;

/**
 * {@code splice_insert()}: an out point ({@code outOfNetwork}) or in point for a whole program or
 * for listed components, at a time or immediately, with an optional break duration. A cancel
 * carries only the event id; its other fields are the defaults of {@link #cancel(long)}.
 */
public record SpliceInsert(
        long spliceEventId,
        boolean cancel,
        boolean outOfNetwork,
        boolean programSplice,
        boolean spliceImmediate,
        boolean eventIdCompliance,
        SpliceTime spliceTime,
        List<Component> components,
        Optional<BreakDuration> breakDuration,
        int uniqueProgramId,
        int availNum,
        int availsExpected)
        implements SpliceCommand {

    /** One component of a component splice; {@code spliceTime} is NONE for an immediate splice. */
    public record Component(int componentTag, SpliceTime spliceTime) {
        public Component {
            Fields.check("component_tag", componentTag, 8);
            Fields.required("component splice_time", spliceTime);
        }
    }

    public SpliceInsert {
        Fields.check("splice_event_id", spliceEventId, 32);
        Fields.required("splice_time", spliceTime);
        components = List.copyOf(Fields.required("components", components));
        Fields.required("break_duration", breakDuration);
        Fields.check("unique_program_id", uniqueProgramId, 16);
        Fields.check("avail_num", availNum, 8);
        Fields.check("avails_expected", availsExpected, 8);
        if (cancel
                && (outOfNetwork
                        || !programSplice
                        || spliceImmediate
                        || !eventIdCompliance
                        || breakDuration.isPresent()
                        || uniqueProgramId != 0
                        || availNum != 0
                        || availsExpected != 0)) {
            throw new Scte35Exception("a cancelled splice_insert carries only its splice_event_id");
        }
        if ((!programSplice || spliceImmediate) && spliceTime.timeSpecified()) {
            throw new Scte35Exception("splice_time is carried only by a program splice that is not immediate");
        }
        if (programSplice && !components.isEmpty()) {
            throw new Scte35Exception("a program splice has no components");
        }
        if (components.size() > 255) {
            throw new Scte35Exception("component_count " + components.size() + " does not fit in 8 bits");
        }
        for (Component c : components) {
            if (spliceImmediate && c.spliceTime().timeSpecified()) {
                throw new Scte35Exception("an immediate splice has no component splice_time");
            }
        }
    }

    /** A program out point at {@code time} (cue-out), with a break duration when given. */
    public static SpliceInsert out(
            long eventId,
            SpliceTime time,
            Optional<BreakDuration> duration,
            int uniqueProgramId,
            int availNum,
            int availsExpected) {
        return new SpliceInsert(
                eventId,
                false,
                true,
                true,
                false,
                true,
                time,
                List.of(),
                duration,
                uniqueProgramId,
                availNum,
                availsExpected);
    }

    /** A program in point at {@code time} (cue-in). */
    public static SpliceInsert in(
            long eventId, SpliceTime time, int uniqueProgramId, int availNum, int availsExpected) {
        return new SpliceInsert(
                eventId,
                false,
                false,
                true,
                false,
                true,
                time,
                List.of(),
                Optional.empty(),
                uniqueProgramId,
                availNum,
                availsExpected);
    }

    /** Cancels the event {@code eventId}. */
    public static SpliceInsert cancel(long eventId) {
        return new SpliceInsert(
                eventId, true, false, true, false, true, SpliceTime.NONE, List.of(), Optional.empty(), 0, 0, 0);
    }

    @Override
    public int type() {
        return SPLICE_INSERT;
    }

    static SpliceInsert read(BitReader r) {
        long eventId = r.bits(32);
        boolean cancel = r.flag();
        r.skip(7);
        if (cancel) {
            return cancel(eventId);
        }
        boolean out = r.flag();
        boolean program = r.flag();
        boolean hasDuration = r.flag();
        boolean immediate = r.flag();
        boolean compliance = r.flag();
        r.skip(3);
        SpliceTime time = program && !immediate ? SpliceTime.read(r) : SpliceTime.NONE;
        List<Component> components = List.of();
        if (!program) {
            int count = r.u8();
            Component[] cs = new Component[count];
            for (int i = 0; i < count; i++) {
                int tag = r.u8();
                cs[i] = new Component(tag, immediate ? SpliceTime.NONE : SpliceTime.read(r));
            }
            components = List.of(cs);
        }
        Optional<BreakDuration> duration = hasDuration ? Optional.of(BreakDuration.read(r)) : Optional.empty();
        int uniqueProgramId = (int) r.bits(16);
        int availNum = r.u8();
        int availsExpected = r.u8();
        return new SpliceInsert(
                eventId,
                false,
                out,
                program,
                immediate,
                compliance,
                time,
                components,
                duration,
                uniqueProgramId,
                availNum,
                availsExpected);
    }

    void write(BitWriter w) {
        w.bits(spliceEventId, 32).flag(cancel).reserved(7);
        if (cancel) {
            return;
        }
        w.flag(outOfNetwork)
                .flag(programSplice)
                .flag(breakDuration.isPresent())
                .flag(spliceImmediate)
                .flag(eventIdCompliance)
                .reserved(3);
        if (programSplice && !spliceImmediate) {
            spliceTime.write(w);
        }
        if (!programSplice) {
            w.bits(components.size(), 8);
            for (Component c : components) {
                w.bits(c.componentTag(), 8);
                if (!spliceImmediate) {
                    c.spliceTime().write(w);
                }
            }
        }
        breakDuration.ifPresent(d -> d.write(w));
        w.bits(uniqueProgramId, 16).bits(availNum, 8).bits(availsExpected, 8);
    }
}
