// A guard idles on a loop and every second swings: the swing is played at once, with the idle chained after it.
class Guard extends Phaser.Scene {
  constructor() { super('guard'); }
  preload() {}
  create() {
    const tex = this.textures.createCanvas('guard', 128, 48);
    const ctx = tex.getContext();
    ['#90a4ae', '#78909c', '#ef5350', '#e53935'].forEach((c, i) => { ctx.fillStyle = c; ctx.fillRect(i * 32 + 4, 4, 24, 40); });
    tex.refresh();
    for (let i = 0; i < 4; i++) tex.add(i, 0, i * 32, 0, 32, 48);
    this.anims.create({ key: 'idle', frames: [{ key: 'guard', frame: 0 }, { key: 'guard', frame: 1 }], frameRate: 4, repeat: -1 });
    this.anims.create({ key: 'swing', frames: [{ key: 'guard', frame: 2 }, { key: 'guard', frame: 3 }], frameRate: 8, repeat: 0 });
    this.guard = this.add.sprite(400, 300, 'guard', 0).setScale(3);
    this.guard.play('idle');
    this.swings = 0;
    this.guard.on('animationstart', (anim) => { if (anim.key === 'swing') this.swings++; });
    this.label = this.add.text(16, 16, 'Swings: 0', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.guard.play('swing').chain('idle') });
  }
  update() {
    this.label.setText('Swings: ' + this.swings);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Guard });
