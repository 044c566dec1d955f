package io.github.peacetalks.extract;

import io.github.peacetalks.internal.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A character trie over surface forms, compared in lower case with every run of white space as one space
 * and curly apostrophes as straight ones. Immutable once built; finds all forms that start at a position in
 * one walk, so recognition is linear in the text times the longest form.
 *
 * @param <T> what a form stands for
 */
final class FormTrie<T> {

    /** A form that matched: where it ends in the text and what it stands for. */
    record Hit<T>(int end, String form, T value) {
    }

    private static final class Node<T> {
        final TreeMap<Character, Node<T>> children = new TreeMap<>();
        final List<Object[]> values = new ArrayList<>();
    }

    private final char[][] keys;
    private final int[][] next;
    private final Object[][] forms;
    private final Object[][] values;

    private FormTrie(Node<T> root) {
        List<Node<T>> order = new ArrayList<>();
        order.add(root);
        for (int i = 0; i < order.size(); i++) {
            order.addAll(order.get(i).children.values());
        }
        int n = order.size();
        keys = new char[n][];
        next = new int[n][];
        forms = new Object[n][];
        values = new Object[n][];
        java.util.IdentityHashMap<Node<T>, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(order.get(i), i);
        }
        for (int i = 0; i < n; i++) {
            Node<T> node = order.get(i);
            keys[i] = new char[node.children.size()];
            next[i] = new int[node.children.size()];
            int k = 0;
            for (var e : node.children.entrySet()) {
                keys[i][k] = e.getKey();
                next[i][k] = index.get(e.getValue());
                k++;
            }
            forms[i] = new Object[node.values.size()];
            values[i] = new Object[node.values.size()];
            for (int v = 0; v < node.values.size(); v++) {
                forms[i][v] = node.values.get(v)[0];
                values[i][v] = node.values.get(v)[1];
            }
        }
    }

    /** Collects forms, then {@link #build()}s the trie. */
    static final class Builder<T> {
        private final Node<T> root = new Node<>();

        Builder<T> add(String form, T value) {
            String key = normalize(form);
            if (key.isEmpty()) {
                return this;
            }
            Node<T> node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.children.computeIfAbsent(key.charAt(i), c -> new Node<>());
            }
            node.values.add(new Object[] {form, value});
            return this;
        }

        FormTrie<T> build() {
            return new FormTrie<>(root);
        }
    }

    static String normalize(String form) {
        StringBuilder b = new StringBuilder(form.length());
        boolean space = false;
        for (int i = 0; i < form.length(); i++) {
            char c = fold(form.charAt(i));
            if (c == ' ') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static char fold(char c) {
        if (c >= 'a' && c <= 'z') {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (Chars.isSpace(c)) {
            return ' ';
        }
        if (c == '’' || c == '‘') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    /** Every form that starts at {@code from} and ends at or before {@code to}, shortest first. */
    @SuppressWarnings("unchecked")
    List<Hit<T>> match(CharSequence text, int from, int to) {
        List<Hit<T>> hits = null;
        int node = 0;
        int i = from;
        while (i < to) {
            char c = fold(text.charAt(i));
            int step = 1;
            if (c == ' ') {
                step = Chars.skipSpace(text, i, to) - i;
            }
            int k = Arrays.binarySearch(keys[node], c);
            if (k < 0) {
                break;
            }
            node = next[node][k];
            i += step;
            if (values[node].length > 0) {
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                for (int v = 0; v < values[node].length; v++) {
                    hits.add(new Hit<>(i, (String) forms[node][v], (T) values[node][v]));
                }
            }
        }
        return hits == null ? List.of() : hits;
    }
}
