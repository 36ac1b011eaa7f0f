// Stopwatch face: SPACE starts and pauses the stopwatch, pausing keeps the time and resuming continues from it, R resets it, L records a lap; a sweeping hand and a digital readout show the time.
class StopwatchScene extends Phaser.Scene {
    constructor() {
        super('Stopwatch');
    }

    create() {
        const cx = 400, cy = 260;
        const face = this.add.graphics();
        face.fillStyle(0xf5f5f5, 1).fillCircle(cx, cy, 180);
        face.lineStyle(8, 0x37474f, 1).strokeCircle(cx, cy, 180);
        for (let i = 0; i < 60; i++) {
            const a = Phaser.Math.DegToRad(i * 6 - 90);
            const inner = i % 5 === 0 ? 150 : 162;
            face.lineStyle(i % 5 === 0 ? 4 : 2, 0x37474f, 1);
            face.lineBetween(cx + Math.cos(a) * inner, cy + Math.sin(a) * inner, cx + Math.cos(a) * 172, cy + Math.sin(a) * 172);
        }

        this.hand = this.add.rectangle(cx, cy, 4, 160, 0xe53935).setOrigin(0.5, 1);
        this.add.circle(cx, cy, 10, 0x37474f);
        this.readout = this.add.text(cx, cy + 70, '00:00.00', { fontSize: '32px', color: '#37474f', fontFamily: 'monospace' }).setOrigin(0.5);
        this.lapText = this.add.text(620, 80, 'Laps', { fontSize: '18px', color: '#ffffff', fontFamily: 'monospace' });
        this.add.text(400, 560, 'SPACE start/pause   L lap   R reset', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);

        this.running = false;
        this.elapsed = 0;
        this.startTime = 0;
        this.laps = [];

        this.input.keyboard.on('keydown-SPACE', () => {
            if (this.running) {
                this.elapsed = this.time.now - this.startTime;
                this.running = false;
            } else {
                this.startTime = this.time.now - this.elapsed;
                this.running = true;
            }
        });

        this.input.keyboard.on('keydown-L', () => {
            if (!this.running) return;
            this.laps.push(this.elapsed);
            this.lapText.setText(['Laps', ...this.laps.slice(-8).map((t, i) => `${i + 1}. ${this.format(t)}`)]);
        });

        this.input.keyboard.on('keydown-R', () => {
            if (this.running) return;
            this.elapsed = 0;
            this.laps = [];
            this.lapText.setText('Laps');
        });
    }

    format(ms) {
        const m = Math.floor(ms / 60000);
        const s = Math.floor(ms / 1000) % 60;
        const cs = Math.floor(ms / 10) % 100;
        return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(cs).padStart(2, '0')}`;
    }

    update() {
        if (this.running) {
            this.elapsed = this.time.now - this.startTime;
        }
        this.hand.angle = (this.elapsed / 60000) * 360;
        this.readout.setText(this.format(this.elapsed));
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#263238',
    scene: [StopwatchScene]
});
