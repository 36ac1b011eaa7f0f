// Analog clock: a clock face with hour, minute and second hands showing the current time (hands move smoothly), a digital readout underneath, and SPACE switching between local time and UTC.
function create() {
    const cx = 400, cy = 270, r = 200;
    this.useUtc = false;

    const face = this.add.graphics();
    face.fillStyle(0xfafafa, 1).fillCircle(cx, cy, r);
    face.lineStyle(10, 0x3e2723, 1).strokeCircle(cx, cy, r);
    for (let i = 0; i < 60; i++) {
        const a = Phaser.Math.DegToRad(i * 6);
        const inner = i % 5 === 0 ? r - 30 : r - 18;
        face.lineStyle(i % 5 === 0 ? 5 : 2, 0x3e2723, 1);
        face.lineBetween(cx + Math.cos(a) * inner, cy + Math.sin(a) * inner, cx + Math.cos(a) * (r - 8), cy + Math.sin(a) * (r - 8));
    }
    for (let h = 1; h <= 12; h++) {
        const a = Phaser.Math.DegToRad(h * 30 - 90);
        this.add.text(cx + Math.cos(a) * (r - 55), cy + Math.sin(a) * (r - 55), String(h), {
            fontSize: '26px', color: '#3e2723', fontStyle: 'bold'
        }).setOrigin(0.5);
    }

    this.hourHand = this.add.rectangle(cx, cy, 100, 10, 0x3e2723).setOrigin(0, 0.5);
    this.minuteHand = this.add.rectangle(cx, cy, 150, 6, 0x3e2723).setOrigin(0, 0.5);
    this.secondHand = this.add.rectangle(cx, cy, 170, 2, 0xd32f2f).setOrigin(0, 0.5);
    this.add.circle(cx, cy, 9, 0xd32f2f);

    this.digital = this.add.text(cx, 520, '', { fontSize: '32px', color: '#ffffff', fontFamily: 'monospace' }).setOrigin(0.5);
    this.add.text(cx, 565, 'SPACE: local / UTC', { fontSize: '16px', color: '#bcaaa4' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-SPACE', () => {
        this.useUtc = !this.useUtc;
    });
}

function setHand(hand, turns) {
    hand.angle = turns * 360 - 90;
}

function update() {
    const now = new Date();
    const utc = this.useUtc;
    const h = utc ? now.getUTCHours() : now.getHours();
    const m = utc ? now.getUTCMinutes() : now.getMinutes();
    const s = (utc ? now.getUTCSeconds() : now.getSeconds()) + now.getMilliseconds() / 1000;

    setHand(this.secondHand, s / 60);
    setHand(this.minuteHand, (m + s / 60) / 60);
    setHand(this.hourHand, ((h % 12) + m / 60) / 12);

    const pad = (n) => String(Math.floor(n)).padStart(2, '0');
    this.digital.setText(`${pad(h)}:${pad(m)}:${pad(s)} ${utc ? 'UTC' : 'local'}`);
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#4e342e',
    scene: { create: create, update: update }
});
