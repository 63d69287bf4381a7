package disclosure.command.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a successful command answers.
 *
 * @param applicationId  the application
 * @param caseNumber     案件编号, on intake only
 * @param version        the application's version after the command: send it back in {@code If-Match} to make
 *                       the next command fail with 409 if someone else changed the application in between
 * @param position       the global position of the application's last stored event: the query side reflects the
 *                       command once its applied position reaches this ({@code minPosition})
 * @param consultationId the consultation started, when one was
 * @param appealId       the appeal filed, when one was
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandAccepted(String applicationId, String caseNumber, long version, long position,
                              String consultationId, String appealId) {

    CommandAccepted withConsultationId(String id) {
        return new CommandAccepted(applicationId, caseNumber, version, position, id, appealId);
    }

    CommandAccepted withAppealId(String id) {
        return new CommandAccepted(applicationId, caseNumber, version, position, consultationId, id);
    }
}
