package org.licensedesk.ui.task;

/** Background work that reports its progress. */
@FunctionalInterface
public interface ProgressAwareCallable<T> {
    T call(ProgressSink progress) throws Exception;
}
