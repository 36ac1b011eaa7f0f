class Runner extends Phaser.Scene
{
    preload ()
    {
        this.load.spritesheet('runner', 'assets/sprites/runner.png', { frameWidth: 48, frameHeight: 48 });
    }

    create ()
    {
        this.anims.create({
            key: 'run',
            frames: this.anims.generateFrameNumbers('runner', { start: 0, end: 5 }),
            frameRate: 12,
            repeat: -1
        });
        this.hero = this.add.sprite(100, 400, 'runner').play('run');
        this.cursors = this.input.keyboard.createCursorKeys();
    }

    update ()
    {
        if (this.cursors.right.isDown) { this.hero.x += 3; }
        if (this.cursors.left.isDown) { this.hero.x -= 3; }
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Runner });
