package dev.explainer.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The records whose equals and hashCode are written out (to spare a cold start the JDK's linking of
 * the generated ones; see {@link Pos}) must still behave as a record's would: equal exactly when
 * every component is equal. Each component is changed in turn, so one left out of either method
 * fails here, including one added to the record later.
 */
class RecordMethodsTest {
    @ParameterizedTest
    @ValueSource(strings = {"dev.explainer.model.Pos", "dev.explainer.model.Citation", "dev.explainer.model.Contradiction",
            "dev.explainer.model.QuoteSpot", "dev.explainer.cli.Option", "dev.explainer.render.Views$Cite",
            "dev.explainer.render.Views$Note"})
    void equalExactlyWhenEveryComponentIs(String name) throws Exception {
        Class<?> type = Class.forName(name);
        assertTrue(type.isRecord(), name);
        type.getDeclaredMethod("equals", Object.class); // throws if the record still uses the generated one
        type.getDeclaredMethod("hashCode");

        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
        Constructor<?> make = type.getDeclaredConstructor(types);
        make.setAccessible(true);

        Object[] values = new Object[components.length];
        for (int i = 0; i < values.length; i++) values[i] = sample(types[i], false);
        Object one = make.newInstance(values);
        Object same = make.newInstance(values.clone());
        assertEquals(one, same);
        assertEquals(same, one);
        assertEquals(one.hashCode(), same.hashCode());
        assertFalse(one.equals(null));
        assertFalse(one.equals("not a " + type.getSimpleName()));

        for (int i = 0; i < values.length; i++) {
            Object[] changed = values.clone();
            changed[i] = sample(types[i], true);
            Object other = make.newInstance(changed);
            String what = type.getSimpleName() + "." + components[i].getName();
            assertNotEquals(one, other, what + " is left out of equals");
            assertNotEquals(other, one, what + " is left out of equals");
            assertNotEquals(one.hashCode(), other.hashCode(), what + " is left out of hashCode");
        }
    }

    /** A value of {@code type}, and a different one when {@code other}. */
    private static Object sample(Class<?> type, boolean other) {
        if (type == String.class) return other ? "b" : "a";
        if (type == int.class) return other ? 2 : 1;
        if (type == boolean.class) return other;
        if (type == List.class) return other ? List.of("x") : List.of();
        if (type == Pos.class) return new Pos(other ? "g.yaml" : "f.yaml", 1, 2);
        throw new AssertionError("no sample value for " + type + "; add one");
    }
}
