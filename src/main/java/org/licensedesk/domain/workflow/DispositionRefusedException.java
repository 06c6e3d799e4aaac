package org.licensedesk.domain.workflow;

/** A screening disposition that may not be recorded, with a sentence saying why and what to do instead. */
public class DispositionRefusedException extends WorkflowRefusedException {
    public DispositionRefusedException(String message) {
        super(message);
    }
}
