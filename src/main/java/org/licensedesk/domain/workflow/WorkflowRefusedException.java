package org.licensedesk.domain.workflow;

/**
 * A workflow action that may not be performed, with a sentence saying why and what to do instead. The message is
 * meant for the user as it stands.
 */
public class WorkflowRefusedException extends RuntimeException {
    public WorkflowRefusedException(String message) {
        super(message);
    }
}
