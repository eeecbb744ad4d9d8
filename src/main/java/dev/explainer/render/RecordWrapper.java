package dev.explainer.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.WrappingTemplateModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Freemarker's default wrapper, except that a record's components are read straight from their
 * accessors: {@code source.headline} in a template calls {@code headline()}.
 *
 * <p>The view models are records, and the default wrapper treats each as a JavaBean: it introspects
 * every class it meets (50–90 ms for the first page of each template in a cold build) and builds a
 * bean model, with a model cache, for every record a page touches (the largest share of drawing pages
 * at 10,000 sources). Anything that is not a component, such as a method call, still goes to the
 * bean model, so templates keep everything the default wrapper allows.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    /** Each record class's components by name, found once per class. */
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method m = c.getAccessor();
                m.setAccessible(true); // a public record's accessors are public, but its class may be nested
                byName.put(c.getName(), m);
            }
            return Map.copyOf(byName);
        }
    };

    RecordWrapper() {
        super(configuration(), true);
    }

    private static DefaultObjectWrapperBuilder configuration() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
        b.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        return b;
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        return obj instanceof Record r ? model(r) : super.handleUnknownType(obj);
    }

    /**
     * A component's value, wrapped as {@link #wrap} would, with the view models' usual types first:
     * the default wrapper asks a record whether it is each of a dozen interfaces before it gets to it.
     */
    private TemplateModel component(Object value) throws TemplateModelException {
        if (value instanceof String s) return new SimpleScalar(s);
        if (value instanceof Record r) return model(r);
        if (value instanceof List<?> l) return DefaultListAdapter.adapt(l, this);
        return wrap(value);
    }

    private RecordModel model(Record r) {
        return new RecordModel(r, COMPONENTS.get(r.getClass()), this);
    }

    /** The bean model the default wrapper would have made, for what is not a component. */
    private TemplateModel beanModel(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    /** A record seen from a template: a hash of its components, falling back to the bean model. */
    private static final class RecordModel extends WrappingTemplateModel
            implements MethodCallAwareTemplateHashModel, freemarker.template.AdapterTemplateModel,
            freemarker.ext.util.WrapperTemplateModel {
        private final Record record;
        private final Map<String, Method> components;
        private final RecordWrapper wrapper;
        private TemplateHashModel bean;

        RecordModel(Record record, Map<String, Method> components, RecordWrapper wrapper) {
            super(wrapper);
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = components.get(key);
            if (accessor == null) return bean().get(key);
            try {
                return wrapper.component(accessor.invoke(record));
            } catch (IllegalAccessException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            } catch (InvocationTargetException e) {
                throw new TemplateModelException("reading " + key + " of " + record.getClass().getSimpleName() + " failed", e.getCause());
            }
        }

        /** {@code x.name()}: as the default wrapper does, through the bean model. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            TemplateHashModel b = bean();
            return b instanceof MethodCallAwareTemplateHashModel m ? m.getBeforeMethodCall(key) : b.get(key);
        }

        private TemplateHashModel bean() throws TemplateModelException {
            if (bean == null) bean = (TemplateHashModel) wrapper.beanModel(record);
            return bean;
        }

        /** A record is a value, never empty (as a bean model says of any object that is not a collection). */
        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
