package dev.explainer.content;

import dev.explainer.model.Article;

import java.util.List;

/** Splits an article's text into paragraphs: its non-blank lines, trimmed. */
public final class ArticleReader {
    private ArticleReader() {}

    public static Article read(String sourceId, String file, String text) {
        List<String> paragraphs = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Article(sourceId, file, text, paragraphs);
    }
}
