// Path follower: a ship follows a closed spline track drawn on screen, turning along the curve; SPACE pauses it and resumes it from where it stopped, and a counter shows completed laps.
const followConfig = {
    duration: 8000,
    repeat: -1,
    rotateToPath: true,
    positionOnPath: true
};

function preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x4dd0e1, 1);
    g.fillTriangle(0, 0, 40, 12, 0, 24);
    g.fillStyle(0xff7043, 1);
    g.fillRect(0, 8, 6, 8);
    g.generateTexture('ship', 40, 24);
    g.destroy();
}

function create() {
    this.laps = 0;
    this.path = new Phaser.Curves.Path(120, 300);
    this.path.splineTo([
        new Phaser.Math.Vector2(250, 120),
        new Phaser.Math.Vector2(450, 180),
        new Phaser.Math.Vector2(680, 100),
        new Phaser.Math.Vector2(700, 420),
        new Phaser.Math.Vector2(420, 480),
        new Phaser.Math.Vector2(220, 460),
        new Phaser.Math.Vector2(120, 300)
    ]);

    const track = this.add.graphics();
    track.lineStyle(3, 0x546e7a, 1);
    this.path.draw(track, 128);

    this.ship = this.add.follower(this.path, 120, 300, 'ship');
    followConfig.onRepeat = () => {
        this.laps += 1;
        this.lapText.setText('Laps: ' + this.laps);
    };
    this.ship.startFollow(followConfig);

    this.lapText = this.add.text(16, 16, 'Laps: 0', { fontSize: '22px', color: '#ffffff' });
    this.stateText = this.add.text(16, 46, 'SPACE: pause', { fontSize: '18px', color: '#b0bec5' });

    this.input.keyboard.on('keydown-SPACE', () => {
        if (this.ship.isFollowing()) {
            this.ship.pauseFollow();
            this.stateText.setText('Paused - SPACE: resume');
        } else {
            this.ship.startFollow(followConfig);
            this.stateText.setText('SPACE: pause');
        }
    });
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#1c2331',
    scene: { preload: preload, create: create }
});
