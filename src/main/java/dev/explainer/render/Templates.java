package dev.explainer.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one Freemarker configuration. Templates come from the project's {@code templates/} folder when
 * it has one, else from those built into the generator. {@code .ftlh} files escape HTML by default;
 * templates can neither instantiate classes ({@code ?new}) nor reach Java APIs ({@code ?api}).
 */
public final class Templates {
    private final Configuration cfg;
    private final Path projectTemplates;
    private String fingerprint;

    public Templates(Path projectTemplates) throws IOException {
        this.projectTemplates = projectTemplates;
        cfg = new Configuration(Configuration.VERSION_2_3_33);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, "/templates");
        cfg.setTemplateLoader(projectTemplates != null && Files.isDirectory(projectTemplates)
                ? new MultiTemplateLoader(new TemplateLoader[]{new FileTemplateLoader(projectTemplates.toFile()), builtIn})
                : builtIn);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Never checked while rendering: refresh() checks the folder once per build instead, so
        // the preview picks up template edits without a restart, and a build of thousands of pages
        // does not look at the disk (or into the jar) for every page and every #import.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setObjectWrapper(new RecordWrapper());
        cfg.setSharedVariable("cspHash", CSP_HASH);
    }

    /**
     * {@code cspHash(text)}: the Content-Security-Policy hash ({@code sha256-…}, to be quoted) that allows an
     * inline {@code <style>} with exactly this text, for the one page that cannot link its stylesheet.
     */
    private static final TemplateMethodModelEx CSP_HASH = args -> {
        if (args.size() != 1) throw new TemplateModelException("cspHash takes one argument, the inline text");
        Object arg = args.get(0);
        String text = arg instanceof TemplateMarkupOutputModel<?> markup ? markupString(markup)
                : ((TemplateScalarModel) arg).getAsString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new SimpleScalar("sha256-" + Base64.getEncoder().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new TemplateModelException(e);
        }
    };

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markupString(TemplateMarkupOutputModel<?> markup) throws TemplateModelException {
        return ((MarkupOutputFormat) markup.getOutputFormat()).getMarkupString(markup);
    }

    public String render(String template, Map<String, Object> model) throws IOException, TemplateException {
        StringWriter out = new StringWriter(16 * 1024);
        cfg.getTemplate(template).process(model, out);
        return out.toString();
    }

    /** Renders straight into {@code out}, so a page of any size is never held in memory whole. */
    public void render(String template, Map<String, Object> model, java.io.Writer out) throws IOException, TemplateException {
        cfg.getTemplate(template).process(model, out);
    }

    /**
     * Makes the renders that follow use the templates as they are on disk now: forgets every parsed
     * template if anything in the project's templates folder changed (a name, a size, a time) since
     * the last call, then parses these templates, so the first pages need not wait for it. Call it
     * once per build. Throws what {@link #render} would for a template that is missing or does not parse.
     */
    public synchronized void refresh(java.util.Collection<String> templates) throws IOException {
        String now = fingerprint();
        if (!now.equals(fingerprint)) {
            cfg.clearTemplateCache();
            fingerprint = now;
        }
        for (String name : templates) cfg.getTemplate(name);
    }

    /** Every file under the project's templates folder with its size and modification time. */
    private String fingerprint() throws IOException {
        if (projectTemplates == null || !Files.isDirectory(projectTemplates)) return "";
        StringBuilder f = new StringBuilder();
        try (java.util.stream.Stream<Path> files = Files.walk(projectTemplates)) {
            for (Path p : files.sorted().toList()) {
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                f.append(projectTemplates.relativize(p)).append(' ').append(a.size()).append(' ')
                        .append(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)).append('\n');
            }
        }
        return f.toString();
    }
}
