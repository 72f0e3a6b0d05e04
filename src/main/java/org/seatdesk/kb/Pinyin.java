package org.seatdesk.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/// Pinyin of Chinese words, as agents type it (R-KB-4): full (`shuaka`) and initials (`sk`),
/// without tones, ü as `v`. A character with several readings (行: xing, hang) gives every
/// combination, up to {@link #MAX_READINGS}, so 银行 is found by `yinhang` as well as `yinxing`.
/// Readings are cached per character: a corpus has a few thousand distinct characters.
public final class Pinyin {

    static final int MAX_READINGS = 8;

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    private final Map<Character, String[]> cache = new ConcurrentHashMap<>();

    public Pinyin() {
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    /// A word's pinyin spellings: `full` and `initials`, in the same order; empty if the word
    /// has a character without a reading (Latin letters, digits, punctuation).
    public Spellings of(String word) {
        List<String> full = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        full.add("");
        initials.add("");
        for (int i = 0; i < word.length(); i++) {
            String[] readings = readings(word.charAt(i));
            if (readings.length == 0) {
                return Spellings.NONE;
            }
            List<String> nextFull = new ArrayList<>();
            List<String> nextInitials = new ArrayList<>();
            for (int p = 0; p < full.size(); p++) {
                for (String reading : readings) {
                    if (nextFull.size() < MAX_READINGS) {
                        nextFull.add(full.get(p) + reading);
                        nextInitials.add(initials.get(p) + reading.charAt(0));
                    }
                }
            }
            full = nextFull;
            initials = nextInitials;
        }
        return new Spellings(new LinkedHashSet<>(full), new LinkedHashSet<>(initials));
    }

    /// True if the character has a pinyin reading (a Chinese character).
    public boolean isHan(char c) {
        return readings(c).length > 0;
    }

    private String[] readings(char c) {
        return cache.computeIfAbsent(c, this::lookUp);
    }

    private String[] lookUp(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return new String[0];
        }
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, format);
            if (all == null) {
                return new String[0];
            }
            // Readings that differ only in tone collapse without tones: keep each once.
            return new LinkedHashSet<>(List.of(all)).stream().filter(s -> !s.isEmpty()).toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("the pinyin output format is fixed above", e);
        }
    }

    public record Spellings(Set<String> full, Set<String> initials) {

        static final Spellings NONE = new Spellings(Set.of(), Set.of());

        public boolean isEmpty() {
            return full.isEmpty();
        }
    }
}
