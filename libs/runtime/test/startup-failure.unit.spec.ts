import { startupFailureLine } from '../src/startup-failure';

describe('the line a process that could not start says', () => {
  it('names a taken port and says to free it or pick another with PORT', () => {
    const error = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:3000'), {
      code: 'EADDRINUSE',
      syscall: 'listen',
      address: '127.0.0.1',
      port: 3000,
    });
    expect(startupFailureLine(error)).toBe(
      'port 3000 on 127.0.0.1 is already in use: stop what listens there, or set PORT to another port',
    );
  });

  it('names a port this user may not open', () => {
    const error = Object.assign(new Error('listen EACCES: permission denied 0.0.0.0:80'), {
      code: 'EACCES',
      syscall: 'listen',
      address: '0.0.0.0',
      port: 80,
    });
    expect(startupFailureLine(error)).toBe(
      'port 80 on 0.0.0.0 may not be opened by this user: set PORT to 1024 or above',
    );
  });

  it('is the error’s message on one line, with its cause when the message does not already say it, and never a stack', () => {
    const error = new Error('PostgreSQL event store unreachable:\n  connect ECONNREFUSED', {
      cause: new Error('socket closed'),
    });
    expect(startupFailureLine(error)).toBe('PostgreSQL event store unreachable: connect ECONNREFUSED (socket closed)');
    expect(startupFailureLine(new Error('a: b', { cause: new Error('b') }))).toBe('a: b');
    expect(startupFailureLine('plain text')).toBe('plain text');
  });
});
