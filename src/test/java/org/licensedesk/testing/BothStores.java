package org.licensedesk.testing;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The two runs of a {@link StoreTest} class: H2, then PostgreSQL (skipped or failed without a server). */
public final class BothStores implements ClassTemplateInvocationContextProvider {
    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(run(TestStores.Kind.H2), run(TestStores.Kind.POSTGRESQL));
    }

    private static ClassTemplateInvocationContext run(TestStores.Kind kind) {
        return new ClassTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return kind.label();
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Selection(kind));
            }
        };
    }

    /**
     * Chooses the store for the class's run and drops the PostgreSQL databases the run made. (A class template
     * invocation's extensions get the invocation callbacks; BeforeAll/AfterAll callbacks given here are not called.)
     */
    private record Selection(TestStores.Kind kind) implements BeforeClassTemplateInvocationCallback,
            AfterClassTemplateInvocationCallback {
        @Override
        public void beforeClassTemplateInvocation(ExtensionContext context) {
            if (kind == TestStores.Kind.POSTGRESQL && !TestStores.serverConfigured()) {
                String message = "PostgreSQL run of " + context.getRequiredTestClass().getSimpleName() + " skipped: "
                        + "no server (set " + TestStores.URL_VARIABLE + ", or run the tests through "
                        + ".ci/with-postgres)";
                if (TestStores.serverRequired()) {
                    throw new IllegalStateException(message.replace("skipped", "cannot run") + "; "
                            + TestStores.REQUIRED_VARIABLE + "=1 makes it mandatory");
                }
                TestStores.warnOnce(message);
                Assumptions.abort(message);
            }
            TestStores.select(kind);
        }

        @Override
        public void afterClassTemplateInvocation(ExtensionContext context) {
            TestStores.endRun();
        }
    }
}
