package io.mediaplane.protocol;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the protocol layer needs to know of a request or response record: which components are
 * bound to URI labels, query parameters, headers, the status code or the raw payload instead of
 * the JSON body. Read once per record class by reflection and cached.
 */
public record Shape(
        Class<?> type,
        List<Member> labels,
        List<Member> queries,
        List<Member> headers,
        Member payload,
        Member statusCode,
        Layout layout) {

    private static final Map<Class<?>, Shape> CACHE = new ConcurrentHashMap<>();

    /** A component bound outside the JSON body. */
    public record Member(String javaName, String wireName, Class<?> type, RecordComponent component) {}

    public static Shape of(Class<?> type) {
        return CACHE.computeIfAbsent(type, Shape::read);
    }

    /** A copy of {@code record} with some components replaced (records are immutable). */
    public Object with(Object record, Map<String, Object> replacements) {
        Layout layout = layout();
        Object[] args = new Object[layout.names().length];
        try {
            for (int i = 0; i < args.length; i++) {
                String name = layout.names()[i];
                args[i] =
                        replacements.containsKey(name) ? replacements.get(name) : layout.accessors()[i].invoke(record);
            }
            return layout.constructor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
        }
    }

    /**
     * A new record of this shape from its component values by name, absent ones null: for shapes
     * whose every component is bound outside the body ({@link #allBound}), no JSON involved.
     */
    public Object of(Map<String, Object> values) {
        Layout layout = layout();
        Object[] args = new Object[layout.names().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = values.get(layout.names()[i]);
        }
        try {
            return layout.constructor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** Whether every component is bound outside the JSON body (labels, query, headers, payload, status). */
    public boolean allBound() {
        int bound = labels.size()
                + queries.size()
                + headers.size()
                + (payload == null ? 0 : 1)
                + (statusCode == null ? 0 : 1);
        return bound == layout().names().length;
    }

    /** The record's components in declaration order and its canonical constructor, looked up once. */
    record Layout(String[] names, Method[] accessors, Constructor<?> constructor) {}

    private static Layout readLayout(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        String[] names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
        Method[] accessors =
                Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            for (Method accessor : accessors) {
                accessor.setAccessible(true);
            }
            return new Layout(names, accessors, constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    /** The value of a component of a record of this shape. */
    public static Object value(Object record, Member member) {
        try {
            return member.component().getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + member.javaName(), e);
        }
    }

    /** Whether any component is bound outside the body. */
    public boolean hasBindings() {
        return !labels.isEmpty() || !queries.isEmpty() || !headers.isEmpty() || payload != null || statusCode != null;
    }

    private static Shape read(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        List<Member> labels = new ArrayList<>();
        List<Member> queries = new ArrayList<>();
        List<Member> headers = new ArrayList<>();
        Member payload = null;
        Member status = null;
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(Label.class)) {
                labels.add(member(c, c.getAnnotation(Label.class).value()));
            } else if (c.isAnnotationPresent(Query.class)) {
                queries.add(member(c, c.getAnnotation(Query.class).value()));
            } else if (c.isAnnotationPresent(Header.class)) {
                headers.add(member(c, c.getAnnotation(Header.class).value()));
            } else if (c.isAnnotationPresent(Payload.class)) {
                payload = member(c, c.getName());
            } else if (c.isAnnotationPresent(StatusCode.class)) {
                status = member(c, c.getName());
            }
        }
        return new Shape(
                type,
                List.copyOf(labels),
                List.copyOf(queries),
                List.copyOf(headers),
                payload,
                status,
                readLayout(type));
    }

    private static Member member(RecordComponent c, String wireName) {
        return new Member(c.getName(), wireName, c.getType(), c);
    }
}
