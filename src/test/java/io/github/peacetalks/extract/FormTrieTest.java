package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trie under the actor recognizer: lower case, white space runs as one space, curly apostrophes as straight ones. */
class FormTrieTest {

    @Test
    void formsAreNormalised() {
        assertEquals("het witte huis", FormTrie.normalize("  Het \t Witte\u00A0Huis  "));
        assertEquals("zelensky's", FormTrie.normalize("Zelensky’s"));
        assertEquals("oekraïne", FormTrie.normalize("OEKRAÏNE"));
        assertEquals("", FormTrie.normalize(" "));
    }

    @Test
    void everyFormThatStartsAtAPositionShortestFirst() {
        FormTrie<String> t = new FormTrie.Builder<String>().add("Wit", "a").add("Wit-Rusland", "b").add("  ", "blank").build();
        List<FormTrie.Hit<String>> hits = t.match("In Wit-Rusland.", 3, 15);
        assertEquals(List.of(new FormTrie.Hit<>(6, "Wit", "a"), new FormTrie.Hit<>(14, "Wit-Rusland", "b")), hits);
        assertEquals(List.of(), t.match("In Minsk.", 3, 9));
        assertEquals(List.of(new FormTrie.Hit<>(6, "Wit", "a")), t.match("In Wit-Rusland.", 3, 8), "no form past the end");
    }
}
