package dev.explainer.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.ext.beans.BeansWrapper;

import java.io.IOException;
import java.io.StringWriter;
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

    public Templates(Path projectTemplates) throws IOException {
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
        // Checked on every lookup, so the preview picks up template edits without a restart.
        cfg.setTemplateUpdateDelayMilliseconds(0);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        cfg.setObjectWrapper(wrapper.build());
    }

    public String render(String template, Map<String, Object> model) throws IOException, TemplateException {
        StringWriter out = new StringWriter(16 * 1024);
        cfg.getTemplate(template).process(model, out);
        return out.toString();
    }
}
