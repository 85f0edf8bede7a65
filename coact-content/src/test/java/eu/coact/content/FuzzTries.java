package eu.coact.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many tries a fuzz property makes: many in continuous integration (environment variable
 * {@code CI=true}), fewer on a developer's machine.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@AddLifecycleHook(FuzzTries.Hook.class)
public @interface FuzzTries {

    /** Tries when {@code CI=true}. */
    int ci();

    /** Tries otherwise. */
    int local();

    /** Sets the property's tries from the annotation before it runs. */
    class Hook implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.findAnnotation(FuzzTries.class)
                    .ifPresent(tries -> context.attributes().setTries(inCi() ? tries.ci() : tries.local()));
            return property.execute();
        }

        @Override
        public int aroundPropertyProximity() {
            return -100;
        }

        static boolean inCi() {
            return "true".equalsIgnoreCase(System.getenv("CI"));
        }
    }
}
